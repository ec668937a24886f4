/**
 * One runner for every ordered list of checks (comment submission, reports, reactions): each
 * step passes (null), adds what it learnt (`with`), refuses (an error from @strapi/utils, thrown
 * by the runner so nothing is written), or decides the outcome (`decide`), which ends the run.
 */
export type Outcome<C, D> = null | { with: Partial<C> } | { refuse: Error } | { decide: D };
export type Step<C, D, L = unknown> = (candidate: C, lookups: L) => Outcome<C, D> | Promise<Outcome<C, D>>;

export const runSteps = async <C, D, L>(steps: ReadonlyArray<Step<C, D, L>>, start: C, lookups: L): Promise<{ candidate: C; decision: D | null }> => {
  let candidate = start;
  for (const step of steps) {
    const outcome = await step(candidate, lookups);
    if (!outcome) continue;
    if ('refuse' in outcome) throw outcome.refuse;
    if ('decide' in outcome) return { candidate, decision: outcome.decide };
    candidate = { ...candidate, ...outcome.with };
  }
  return { candidate, decision: null };
};
