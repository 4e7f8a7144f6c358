// Loaded with `node --require` by the benchmark: prints the process's peak resident memory and its
// processor time (user + system) at exit.
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`peak-rss-bytes=${usage.maxRSS * 1024}\nprocess-cpu-ms=${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
