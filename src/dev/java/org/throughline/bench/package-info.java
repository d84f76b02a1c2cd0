/**
 * The benchmark's data generator ({@link org.throughline.bench.Generator}) and page benchmark
 * ({@link org.throughline.bench.PageBenchmark}) with its bare table page; built with the tests, run
 * from src/test/sh, never shipped.
 */
package org.throughline.bench;
