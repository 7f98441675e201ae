import { preloadWithCodeCache } from './code-cache';
import { requestedHelp } from './usage';

// The compiled command line's entry (dist-cli/perf.js, loaded by bin/perf.js). Help is
// answered before the rest of PERF is loaded, so `perf --help` starts as fast as Node does.
const help = requestedHelp(process.argv.slice(2));
if (help) process.stdout.write(`${help}\n`);
else {
  preloadWithCodeCache(__dirname, 'perf-main.js');
  void import(/* webpackChunkName: "perf-main" */ './main').then((m) => m.runAsProgram());
}
