// The JavaScript NLP libraries a user might pick instead of dealgraph, on the same English
// articles: wink-nlp with wink-eng-lite-web-model (named entities) and compromise (people,
// organisations and money). scripts/bench.sh installs them with npm into
// ${XDG_CACHE_HOME:-~/.cache}/dealgraph-bench and runs:
//
//   NODE_PATH=DIR/node_modules node bench/nlp_bench.js wink|compromise FILE.jsonl
//
// Reads the `text` of every JSON Lines record, then times the library alone over all of them
// (the model load and the file read are timed apart) and prints one JSON line:
// {"library", "articles", "bytes", "load_s", "seconds", "found", "mb_per_s"}.
'use strict';
const fs = require('fs');

const [library, file] = process.argv.slice(2);
if (!library || !file) {
  console.error('usage: node nlp_bench.js wink|compromise FILE.jsonl');
  process.exit(2);
}
const texts = [];
let bytes = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const record = JSON.parse(line);
  const text = record.text || record.body || record.content || '';
  texts.push(text);
  bytes += Buffer.byteLength(line, 'utf8') + 1;  // the input line, as dealgraph's MB/s counts it
}

const loadStart = process.hrtime.bigint();
let run;
if (library === 'wink') {
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const its = nlp.its;
  run = (text) => nlp.readDoc(text).entities().out(its.detail).length;
} else if (library === 'compromise') {
  const nlp = require('compromise');
  run = (text) => {
    const doc = nlp(text);
    return doc.people().out('array').length + doc.organizations().out('array').length + doc.money().out('array').length;
  };
} else {
  console.error(`nlp_bench: unknown library ${library}`);
  process.exit(2);
}
const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;

const start = process.hrtime.bigint();
let found = 0;
for (const text of texts) found += run(text);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({
  library, articles: texts.length, bytes, load_s: +loadSeconds.toFixed(3), seconds: +seconds.toFixed(3),
  found, mb_per_s: +(bytes / 1e6 / seconds).toFixed(3),
}));
