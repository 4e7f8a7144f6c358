// Loaded with `node --require` by the benchmark: prints the process's peak resident memory at exit.
process.on('exit', () => {
  process.stderr.write(`peak-rss-bytes=${process.resourceUsage().maxRSS * 1024}\n`);
});
