// Real RDF consumers of dealgraph's output, run by the tests in tests/consumers/*.sh:
// the Oxigraph triple store, the rdf-validate-shacl SHACL validator, and jsonld.js (the
// reference JSON-LD processor) with its RDF canonicalisation (rdf-canonize).
//
//   node rdf-consumers.mjs load FILE...                      parse each file in Oxigraph
//   node rdf-consumers.mjs same FILE FILE...                 every file holds the same triples
//   node rdf-consumers.mjs jsonld FILE.jsonld REFERENCE      jsonld.js reads the same triples
//   node rdf-consumers.mjs graphs FILE.nq                    the named graphs keep provenance, each statement once
//   node rdf-consumers.mjs queries DIR NAME FILE... [--update]
//                                                            DIR/*.rq against DIR/*.NAME.tsv
//   node rdf-consumers.mjs shacl SHAPES FILE...              validate, fail on violations
//   node rdf-consumers.mjs strings EXPECTED.json FILE... [-- EXPECTED.json FILE...]
//                                                            the escaping corpus reads back
//
// The packages come from DEALGRAPH_NODE_MODULES (see npm-env.sh). Exit 0 when every check
// passes, 1 with a message on standard error when one fails.
import fs from 'node:fs'
import crypto from 'node:crypto'
import path from 'node:path'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

const modules = process.env.DEALGRAPH_NODE_MODULES
if (!modules) {
  console.error('DEALGRAPH_NODE_MODULES is not set (source tests/consumers/npm-env.sh)')
  process.exit(2)
}
const require = createRequire(path.join(modules, 'noop.js'))
const load = async (name, file) => {
  const resolved = file ? path.join(modules, name, file) : require.resolve(name)
  return import(pathToFileURL(resolved).href)
}
const ox = (await load('oxigraph')).default

const DG = 'https://w3id.org/dealgraph#'
const FORMATS = {
  '.ttl': 'text/turtle',
  '.nt': 'application/n-triples',
  '.nq': 'application/n-quads',
  '.trig': 'application/trig',
  '.jsonld': 'application/ld+json',
}

function fail(message) {
  console.error(`FAIL: ${message}`)
  process.exitCode = 1
}

function formatOf(file) {
  const format = FORMATS[path.extname(file)]
  if (!format) throw new Error(`${file}: unknown RDF extension`)
  return format
}

function storeOf(...files) {
  const store = new ox.Store()
  for (const file of files) {
    try {
      store.load(fs.readFileSync(file, 'utf8'), { format: formatOf(file), base_iri: pathToFileURL(file).href })
    } catch (error) {
      throw new Error(`${file}: Oxigraph cannot load it: ${error.message || error}`)
    }
  }
  return store
}

// One term in N-Quads syntax. Language tags are compared in lower case: RDF treats them
// case-insensitively and JSON-LD 1.0 processors lower-case them.
function nq(term) {
  switch (term.termType) {
    case 'NamedNode': return `<${term.value}>`
    case 'BlankNode': return `_:${term.value}`
    case 'DefaultGraph': return ''
    case 'Literal': {
      const text = JSON.stringify(term.value).replace(/[\u2028\u2029\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
      if (term.language) return `${text}@${term.language.toLowerCase()}`
      if (term.datatype && term.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') return `${text}^^<${term.datatype.value}>`
      return text
    }
    default: throw new Error(`unexpected term ${term.termType}`)
  }
}

// The triples of every graph of a store, graph names dropped, in canonical N-Quads.
async function canonicalTriples(quads) {
  const canonize = (await load('rdf-canonize')).default
  const lines = [...new Set(quads.map((q) => `${nq(q.subject)} ${nq(q.predicate)} ${nq(q.object)} .\n`))]
  const canonical = await canonize.canonize(lines.join(''), {
    algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', format: 'application/n-quads',
  })
  return canonical
}

function firstDifference(a, b) {
  const la = a.split('\n'), lb = b.split('\n')
  const sa = new Set(la), sb = new Set(lb)
  const onlyA = la.filter((l) => !sb.has(l)).slice(0, 3)
  const onlyB = lb.filter((l) => !sa.has(l)).slice(0, 3)
  return `only in the first: ${onlyA.join(' | ') || '-'}; only in the second: ${onlyB.join(' | ') || '-'}`
}

const commands = {
  async load(files) {
    for (const file of files) console.log(`${path.basename(file)}: Oxigraph loaded ${storeOf(file).size} quads`)
  },

  async same([reference, ...others]) {
    const expected = await canonicalTriples(storeOf(reference).match())
    const count = expected.split('\n').length - 1
    for (const file of others) {
      const actual = await canonicalTriples(storeOf(file).match())
      if (actual !== expected) fail(`${file} does not hold the same triples as ${reference}: ${firstDifference(expected, actual)}`)
      else console.log(`${path.basename(file)}: the same ${count} triples as ${path.basename(reference)}`)
    }
  },

  async jsonld([file, reference]) {
    const jsonld = (await load('jsonld')).default
    const document = JSON.parse(fs.readFileSync(file, 'utf8'))
    const nquads = await jsonld.toRDF(document, { format: 'application/n-quads', safe: true })
    const store = new ox.Store()
    store.load(nquads, { format: 'application/n-quads' })
    const actual = await canonicalTriples(store.match())
    const expected = await canonicalTriples(storeOf(reference).match())
    if (actual !== expected) fail(`jsonld.js reads ${file} differently from ${reference}: ${firstDifference(expected, actual)}`)
    else console.log(`${path.basename(file)}: jsonld.js reads the same ${expected.split('\n').length - 1} triples as ${path.basename(reference)}`)
  },

  // Named graphs: each statement in exactly one graph, so that a store's union default graph
  // is the merged graph. An article's graph describes the article and holds what it states
  // (mentions, evidence quoting it, amounts and quantities); every other graph is a node's
  // own (named by its IRI, every statement about it). The default graph is empty.
  async graphs([file]) {
    const store = storeOf(file)
    const ask = (q) => store.query(`PREFIX dg: <${DG}> ${q}`)
    const list = (rows, ...names) => rows.map((b) => names.map((n) => b.get(n).value).join(' ')).join(', ')
    const strangers = ask('SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER NOT EXISTS { GRAPH ?g { ?g a ?type } } }')
    if (strangers.length) fail(`${file}: graphs that do not describe what they are named by: ${list(strangers, 'g')}`)
    const misplaced = ask('SELECT ?g ?source WHERE { GRAPH ?g { ?x dg:evidence ?e . ?e dg:source ?source } FILTER (?source != ?g) } LIMIT 5')
    if (misplaced.length) fail(`${file}: evidence in another article's graph: ${misplaced.map((b) => `${b.get('source').value} in ${b.get('g').value}`).join(', ')}`)
    const foreign = ask('SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?s != ?g && !isBlank(?s)) FILTER NOT EXISTS { GRAPH ?g { ?g a dg:Article } } } LIMIT 5')
    if (foreign.length) fail(`${file}: a node's graph holding statements about another: ${list(foreign, 's', 'g')}`)
    const lonely = ask('SELECT ?s ?p WHERE { ?s ?p ?o } LIMIT 5')
    if (lonely.length) fail(`${file}: statements outside every named graph: ${list(lonely, 's', 'p')}`)
    const twice = ask('SELECT ?s ?p ?g1 ?g2 WHERE { GRAPH ?g1 { ?s ?p ?o } GRAPH ?g2 { ?s ?p ?o } FILTER (STR(?g1) < STR(?g2)) } LIMIT 5')
    if (twice.length) fail(`${file}: statements in two graphs: ${list(twice, 's', 'p', 'g1', 'g2')}`)
    const untyped = ask('SELECT ?g ?x WHERE { GRAPH ?g { { ?x dg:evidence ?e } UNION { ?x dg:mentionedIn ?g } } FILTER (!isBlank(?x)) FILTER NOT EXISTS { GRAPH ?x { ?x a ?t } } } LIMIT 5')
    if (untyped.length) fail(`${file}: facts an article states without their own graph: ${list(untyped, 'x', 'g')}`)
    const count = (q) => ask(q)[0].get('n').value
    const articles = count('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a dg:Article } }')
    const described = count('SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { GRAPH ?g { ?a a dg:Article } }')
    const graphs = count('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }')
    if (articles !== described || articles === '0') fail(`${file}: ${articles} article graphs for ${described} articles`)
    else console.log(`${path.basename(file)}: ${graphs} named graphs, one per article with its own evidence and one per node; each statement once`)
  },

  async queries([dir, name, ...rest]) {
    const update = rest.includes('--update')
    const files = rest.filter((f) => f !== '--update')
    const store = storeOf(...files)
    // The queries are written for the merged graph. With N-Quads and TriG they run on the
    // union of the named graphs as Oxigraph takes it, a triple once per graph that holds it
    // (as Virtuoso's and GraphDB's default graphs do): the same rows only if no statement
    // is in two graphs.
    const named = files.some((f) => /\.(nq|trig)$/.test(f))
    const extensions = new Set(files.map((f) => path.extname(f).slice(1)))
    const queries = fs.readdirSync(dir).filter((f) => f.endsWith('.rq')).sort()
    if (!queries.length) fail(`no queries in ${dir}`)
    for (const query of queries) {
      const text = fs.readFileSync(path.join(dir, query), 'utf8')
      const wanted = /^# formats: (.*)$/m.exec(text)
      if (wanted && !wanted[1].split(/\s+/).some((f) => extensions.has(f))) continue
      const tsv = store.query(text, { results_format: 'text/tab-separated-values', use_default_graph_as_union: named })
      // The seeds are others' text: their expected rows keep a fingerprint of each long
      // literal (a title, a quote), never the text itself.
      const fingerprint = (cell) => /^".{24,}"(@[\w-]+)?$/su.test(cell)
        ? 'sha256:' + crypto.createHash('sha256').update(cell).digest('hex').slice(0, 16) : cell
      const rows = tsv.trimEnd().split('\n').map((row) => name === 'seeds' ? row.split('\t').map(fingerprint).join('\t') : row)
      const expectedFile = path.join(dir, `${query.replace(/\.rq$/, '')}.${name}.tsv`)
      const label = `${query} on ${name} (${[...extensions].join(',')})`
      if (update) {
        fs.writeFileSync(expectedFile, rows.join('\n') + '\n')
        console.log(`${label}: wrote ${rows.length - 1} rows to ${expectedFile}`)
        continue
      }
      if (!fs.existsSync(expectedFile)) { fail(`${label}: no expected rows in ${expectedFile}`); continue }
      const expected = fs.readFileSync(expectedFile, 'utf8').trimEnd().split('\n')
      if (expected.join('\n') === rows.join('\n')) {
        console.log(`${label}: ${rows.length - 1} rows as expected`)
        continue
      }
      const missing = expected.filter((r) => !rows.includes(r))
      const extra = rows.filter((r) => !expected.includes(r))
      fail(`${label}: rows differ from ${path.relative(process.cwd(), expectedFile)}\n` +
        missing.map((r) => `  - ${r}`).join('\n') + (missing.length ? '\n' : '') +
        extra.map((r) => `  + ${r}`).join('\n') + (extra.length ? '\n' : '') +
        (missing.length || extra.length ? '' : '  (same rows, different order)\n') +
        '  If the extraction changed on purpose, regenerate with tests/consumers/oxigraph.sh --update')
    }
  },

  async shacl([shapesFile, ...files]) {
    const { default: SHACLValidator } = await load('rdf-validate-shacl')
    const factory = (await load('rdf-validate-shacl', 'src/defaultEnv.js')).default
    const copy = (t) => {
      switch (t.termType) {
        case 'NamedNode': return factory.namedNode(t.value)
        case 'BlankNode': return factory.blankNode(t.value)
        case 'Literal': return factory.literal(t.value, t.language || factory.namedNode(t.datatype.value))
        default: return factory.defaultGraph()
      }
    }
    // Graph names are dropped: the shapes describe the merged graph.
    const dataset = (store) => factory.dataset(store.match().map((q) => factory.quad(copy(q.subject), copy(q.predicate), copy(q.object))))
    const validator = new SHACLValidator(dataset(storeOf(shapesFile)), { factory })
    for (const file of files) {
      const report = await validator.validate(dataset(storeOf(file)))
      const severity = (r) => (r.severity ? r.severity.value.replace(/^.*#/, '') : 'Violation')
      const lines = report.results.map((r) =>
        `  [${severity(r)}] ${r.focusNode?.value ?? ''} ${r.path?.value ?? ''}: ${(r.message || []).map((m) => m.value).join(' | ')}`)
      const violations = report.results.filter((r) => severity(r) === 'Violation')
      const warnings = report.results.length - violations.length
      if (violations.length) fail(`${file}: ${violations.length} SHACL violations of ${path.basename(shapesFile)}\n${[...new Set(lines)].sort().join('\n')}`)
      else console.log(`${path.basename(file)}: conforms to ${path.basename(shapesFile)} (${warnings} warnings)`)
      if (!violations.length && warnings) console.log([...new Set(lines)].sort().slice(0, 20).join('\n'))
    }
  },

  // The escaping corpus: EXPECTED.json maps each literal's subject IRI to its text; every
  // file must load and give back exactly those texts.
  // Several groups may be given, separated by "--": EXPECTED.json FILE... -- EXPECTED.json FILE...
  async strings(args) {
    const jsonld = (await load('jsonld')).default
    const groups = args.join('\0').split('\0--\0').map((g) => g.split('\0'))
    for (const [expectedFile, ...files] of groups) {
      const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8'))
      await readBack(expected, files, jsonld)
    }
  },
}

async function readBack(expected, files, jsonld) {
  for (const file of files) {
    // Each reader's store: Oxigraph for every format, and jsonld.js as well for JSON-LD.
    const readers = [['Oxigraph', storeOf(file)]]
    if (file.endsWith('.jsonld')) {
      const store = new ox.Store()
      const nquads = await jsonld.toRDF(JSON.parse(fs.readFileSync(file, 'utf8')), { format: 'application/n-quads', safe: true })
      store.load(nquads, { format: 'application/n-quads' })
      readers.push(['jsonld.js', store])
    }
    for (const [reader, store] of readers) {
      const union = { use_default_graph_as_union: true }
      const quotes = new Map()
      for (const b of store.query(`PREFIX dg: <${DG}> SELECT ?key ?text WHERE { ?e dg:quote ?text ; dg:start ?key }`, union))
        quotes.set(b.get('key').value, b.get('text').value)
      const labels = new Map()
      for (const b of store.query('SELECT ?s ?l WHERE { ?s <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }', union))
        labels.set(b.get('s').value, b.get('l').value)
      let wrong = 0
      const check = (kind, key, read, wrote) => {
        if (read !== wrote && wrong++ < 5)
          fail(`${file} (${reader}): ${kind} ${key} reads back as ${JSON.stringify(read)}, wrote ${JSON.stringify(wrote)}`)
      }
      for (const [key, text] of Object.entries(expected.quotes)) check('quote', key, quotes.get(key), text)
      for (const [iri, text] of Object.entries(expected.labels)) check('label of', iri, labels.get(iri), text)
      if (!wrong)
        console.log(`${path.basename(file)}: ${reader} reads back ${Object.keys(expected.quotes).length} quotes and ${Object.keys(expected.labels).length} labels exactly`)
    }
  }
}

const [command, ...args] = process.argv.slice(2)
if (!commands[command]) {
  console.error(`usage: node rdf-consumers.mjs ${Object.keys(commands).join('|')} ...`)
  process.exit(2)
}
try {
  await commands[command](args)
} catch (error) {
  fail(error.message || String(error))
}
