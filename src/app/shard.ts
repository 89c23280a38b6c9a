import { createHash } from 'node:crypto';
import type { BenchmarkFile } from '../config/benchmark-file.js';
import type { Report } from '../report/report-schema.js';

export type ShardRecord = NonNullable<Report['shard']>;

/**
 * The rows of shard `index` of `count`: those whose 0-based position modulo `count` is `index - 1`,
 * so every leg of a matrix gets a fixed share whatever the machine, and the shards of one file
 * cover each row exactly once. The record names the rows and hashes the whole file's content, so
 * `exbench merge` can tell shards of one benchmark from look-alikes.
 */
export function shardBenchmark(
  benchmark: BenchmarkFile,
  shard: { index: number; count: number },
): { benchmark: BenchmarkFile; record: ShardRecord } {
  const rows = benchmark.rows.filter((_, position) => position % shard.count === shard.index - 1);
  const content = JSON.stringify({
    basePrompt: benchmark.basePrompt,
    evaluator: benchmark.evaluator,
    rows: benchmark.rows.map((row) => [row.variables, row.expectation]),
  });
  return {
    benchmark: { ...benchmark, rows },
    record: {
      index: shard.index,
      count: shard.count,
      rows: rows.map((row) => row.index),
      content_sha256: createHash('sha256').update(content, 'utf8').digest('hex'),
    },
  };
}
