// The browser tests use the same static server as the benchmark.
export { serveDist } from '../../../scripts/serve-dist.mjs';
