// One SPARQL SELECT over Turtle files in Oxigraph, its rows printed tab-separated (the plain
// values of the bound terms, unbound as empty), one line per row, in the query's order:
//   node sparql-select.mjs QUERY FILE.ttl...
// Used by tests that compare another consumer's answer (SQLite on the CSV) with graph.ttl's.
import fs from 'node:fs'
import path from 'node:path'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

const modules = process.env.DEALGRAPH_NODE_MODULES
if (!modules) {
  console.error('DEALGRAPH_NODE_MODULES is not set (source tests/consumers/npm-env.sh)')
  process.exit(2)
}
const require = createRequire(path.join(modules, 'noop.js'))
const ox = (await import(pathToFileURL(require.resolve('oxigraph')).href)).default

const [query, ...files] = process.argv.slice(2)
const store = new ox.Store()
for (const file of files)
  store.load(fs.readFileSync(file, 'utf8'), { format: 'text/turtle', base_iri: pathToFileURL(file).href })
const results = store.query(query)
for (const binding of results) {
  const row = []
  for (const [, term] of binding) row.push(term ? term.value : '')
  console.log(row.join('\t'))
}
