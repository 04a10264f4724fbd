// Tokenize + sentence split + POS + entities with wink-nlp on one text file; prints tokens/s on one core.
const fs = require('fs');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const nlp = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = nlp.its;
const text = fs.readFileSync(process.argv[2], 'utf8');
const rounds = Number(process.argv[3] || 3);

let tokens = 0, entities = 0, best = Infinity, bestCpu = Infinity;
for (let r = 0; r < rounds; r++) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const doc = nlp.readDoc(text);
  tokens = doc.tokens().length();
  const pos = doc.tokens().out(its.pos);
  entities = doc.entities().length();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (pos.length !== tokens) throw new Error('pos count mismatch');
  best = Math.min(best, seconds);
  const used = process.cpuUsage(cpu);
  bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
}
console.log(`wink-nlp tokens ${tokens} entities ${entities} seconds ${best.toFixed(3)} tokens/s ${Math.round(tokens / best)} cpu-seconds ${bestCpu.toFixed(3)} tokens/cpu-s ${Math.round(tokens / bestCpu)} peakRSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
