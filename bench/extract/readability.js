// Times Readability.js (with jsdom parsing) over the trafilatura-eval pages, single-threaded:
// wall time and process CPU time (user + system) around each page.
const fs = require("fs");
const path = require("path");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");

const dir = process.argv[2];
const evaldata = JSON.parse(fs.readFileSync(path.join(dir, "evaldata.json"), "utf8"));
const quiet = new VirtualConsole();
let pages = 0;
let failed = 0;
let ms = 0;
let cpuUs = 0;
for (const item of Object.values(evaldata)) {
  const file = ["cache", "eval"].map((d) => path.join(dir, d, item.file)).find((p) => fs.existsSync(p));
  if (!file) continue;
  const html = fs.readFileSync(file, "utf8");
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  try {
    const dom = new JSDOM(html, { virtualConsole: quiet });
    new Readability(dom.window.document).parse();
    dom.window.close();
  } catch (e) {
    failed++;
  }
  const used = process.cpuUsage(cpu);
  cpuUs += used.user + used.system;
  ms += Number(process.hrtime.bigint() - start) / 1e6;
  pages++;
}
const s = ms / 1000;
const c = cpuUs / 1e6;
console.log(`readability.js pages ${pages} failed ${failed}: ${s.toFixed(2)} s wall, ${(pages / s).toFixed(1)} pages/s; ${c.toFixed(2)} s CPU, ${(pages / c).toFixed(1)} pages/CPU-s`);
