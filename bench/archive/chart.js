#!/usr/bin/env node
'use strict';
/**
 * The archive table as a chart (SVG, Vega-Lite compiled and rendered by Vega, headless): for each
 * request, the p50 of the viral article, an ordinary archive article and the demo database as
 * bars, their p99 as ticks, and the ratio archive/demo above the archive bars.
 *
 *   node bench/archive/chart.js [bench/results/latest.json] [bench/results/latest-archive.svg]
 *
 * `npm run bench` calls it after a run with an archive table. vega and vega-lite are
 * devDependencies; they are ES modules, found from here or from NODE_PATH.
 */
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const appDir = path.resolve(__dirname, '..', '..');

const load = async (name) => {
  const paths = [__dirname, ...(process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean)];
  return import(pathToFileURL(require.resolve(name, { paths })).href);
};

const TARGETS = [
  ['viral', 'viral article (archive)', '#c0392b'],
  ['ordinary', 'ordinary article (archive)', '#e67e22'],
  ['demo', 'demo article (demo database)', '#2c7fb8'],
];

const spec = (report) => {
  const archive = report.archive;
  const values = archive.rows.flatMap((row) =>
    TARGETS.map(([key, target]) => ({
      request: row.label,
      target,
      p50: row[key].p50Ms,
      p99: row[key].p99Ms,
      ratio: key === 'demo' ? '' : `×${(key === 'viral' ? row.ratioViral : row.ratioOrdinary)?.toFixed(2) ?? '-'}`,
    }))
  );
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: {
      text: 'Archive against demo database: latency per request (cache off)',
      subtitle: `bars p50, ticks p99, ms; ×ratio = archive p50 / demo p50 (target ≤ ${archive.ratioTarget}); ${archive.connections} connections, ${report.durationSeconds}s per cell, median of ${archive.rounds ?? 1} rounds, ${report.date.slice(0, 10)}`,
      anchor: 'start',
    },
    data: { values },
    facet: { column: { field: 'request', type: 'nominal', sort: archive.rows.map((r) => r.label), title: null, header: { labelFontSize: 11, labelLimit: 0 } } },
    spec: {
      width: 150,
      height: 240,
      encoding: {
        x: { field: 'target', type: 'nominal', sort: TARGETS.map(([, t]) => t), axis: null },
        color: {
          field: 'target',
          type: 'nominal',
          sort: TARGETS.map(([, t]) => t),
          scale: { domain: TARGETS.map(([, t]) => t), range: TARGETS.map(([, , c]) => c) },
          legend: { orient: 'bottom', title: null, labelLimit: 0 },
        },
      },
      layer: [
        { mark: { type: 'bar', width: 34 }, encoding: { y: { field: 'p50', type: 'quantitative', title: 'ms' } } },
        { mark: { type: 'tick', thickness: 2, size: 38, color: '#222' }, encoding: { y: { field: 'p99', type: 'quantitative' } } },
        { mark: { type: 'text', dy: -8, fontSize: 10 }, encoding: { y: { field: 'p99', type: 'quantitative' }, text: { field: 'ratio' }, color: { value: '#222' } } },
      ],
    },
    resolve: { scale: { y: 'independent' } },
    config: { font: 'DejaVu Sans, Helvetica, Arial, sans-serif', view: { stroke: null }, background: 'white' },
  };
};

/** Draws the chart of a report's archive table into `out` (SVG); returns its path. */
const drawChart = async (report, out) => {
  if (!report.archive) throw new Error('the results have no archive table');
  const vega = await load('vega');
  const vegaLite = await load('vega-lite');
  const compiled = vegaLite.compile(spec(report)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, svg);
  return out;
};

module.exports = { drawChart, spec };

if (require.main === module) {
  const input = process.argv[2] || path.join(appDir, 'bench', 'results', 'latest.json');
  const out = process.argv[3] || path.join(path.dirname(input), 'latest-archive.svg');
  drawChart(JSON.parse(fs.readFileSync(input, 'utf8')), out)
    .then((file) => console.log(`chart written to ${path.relative(process.cwd(), file)}`))
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
