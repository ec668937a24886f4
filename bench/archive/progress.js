'use strict';
/**
 * Progress of a long job: stage, rows done of the total, rate and time left. On a terminal one
 * line is redrawn in place; otherwise (CI, a pipe, a log file) a plain line every few seconds and
 * one at the end of each stage, so a log shows the same facts without control characters.
 *
 *   const progress = createProgress({ total: rows });
 *   progress.stage('comments', 1200000);   // a stage with its own row total
 *   progress.add(50000);                   // rows done in this stage
 *   progress.done();                       // closes the stage with its time and rate
 */
const fmt = (n) => Math.round(n).toLocaleString('en-US');

const duration = (seconds) => {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return `${m}m${String(Math.round(seconds - m * 60)).padStart(2, '0')}s`;
};

const createProgress = ({ stream = process.stderr, interval = 5000, tty = Boolean(stream.isTTY) && process.env.CI === undefined, prefix = '[archive]' } = {}) => {
  let current = null;
  let lastPlain = 0;
  let drawn = false;
  const startedAll = Date.now();
  // Rows of every stage together, when the caller gives a grand total: time left is then for the whole build.
  let grandTotal = 0;
  let grandDone = 0;
  let grandStarted = Date.now();

  const line = () => {
    const c = current;
    const elapsed = (Date.now() - c.started) / 1000;
    const rate = elapsed > 0 ? c.done / elapsed : 0;
    const pct = c.total ? ` (${((100 * c.done) / c.total).toFixed(0)}%)` : '';
    const left = c.total && rate > 0 ? duration((c.total - c.done) / rate) : '?';
    let text = c.total
      ? `${prefix} ${c.name}: ${fmt(c.done)} / ${fmt(c.total)} rows${pct}, ${fmt(rate)} rows/s, ${left} left in stage`
      : `${prefix} ${c.name}: working, ${duration(elapsed)}`;
    if (grandTotal && grandDone < grandTotal) {
      const all = (Date.now() - grandStarted) / 1000;
      const allRate = all > 0 ? grandDone / all : 0;
      text += `; build ${((100 * grandDone) / grandTotal).toFixed(0)}%, ~${allRate > 0 ? duration((grandTotal - grandDone) / allRate) : '?'} left`;
    }
    return text;
  };

  const draw = (force = false) => {
    if (!current) return;
    if (tty) {
      const text = line();
      const width = stream.columns || 160;
      stream.write(`\r${text.length > width - 1 ? text.slice(0, width - 1) : text}\x1b[K`);
      drawn = true;
    } else if (force || Date.now() - lastPlain >= interval) {
      stream.write(`${line()}\n`);
      lastPlain = Date.now();
    }
  };

  let timer = null;
  const api = {
    /** The rows of the whole build, to show its share done and time left. */
    setGrandTotal(total) {
      grandTotal = total;
      grandStarted = Date.now();
    },
    stage(name, total = 0) {
      if (current) api.done();
      current = { name, total, done: 0, started: Date.now() };
      lastPlain = Date.now();
      if (!tty) stream.write(`${prefix} ${name}: started${total ? ` (${fmt(total)} rows)` : ''}\n`);
      draw();
      timer = setInterval(() => draw(), tty ? 250 : 1000);
      timer.unref();
    },
    add(rows) {
      if (!current) return;
      current.done += rows;
      grandDone += rows;
      draw();
    },
    /** A message between stages (kept on its own line). */
    note(message) {
      if (tty && drawn) stream.write('\r\x1b[K');
      stream.write(`${prefix} ${message}\n`);
      drawn = false;
      draw();
    },
    done() {
      if (!current) return null;
      clearInterval(timer);
      const c = current;
      const seconds = (Date.now() - c.started) / 1000;
      if (tty && drawn) stream.write('\r\x1b[K');
      drawn = false;
      const rate = seconds > 0 ? c.done / seconds : 0;
      stream.write(`${prefix} ${c.name}: ${fmt(c.done)} rows in ${seconds.toFixed(1)}s${c.done ? ` (${fmt(rate)} rows/s)` : ''}\n`);
      current = null;
      return { stage: c.name, rows: c.done, seconds: +seconds.toFixed(1) };
    },
    elapsed: () => (Date.now() - startedAll) / 1000,
  };
  return api;
};

module.exports = { createProgress, duration };
