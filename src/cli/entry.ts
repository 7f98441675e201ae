import { runAsProgram } from './main';

// The compiled command line's entry (dist-cli/perf.js, loaded by bin/perf.js).
runAsProgram();
