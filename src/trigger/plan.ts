/**
 * The plan comment of PRODUCT.md §12: `/droid plan` posts the plan between hidden markers with the next
 * step; `/droid approve` reads the comment back in its current text (people may have edited it).
 * Reading is linear (indexOf) and never trusts more than the droid's own comment: the caller finds the
 * comment by the droid's account (forge `findPlanComment`), this only cuts the plan out of its body.
 */
import { neutralize } from '../report/body.js';

export const PLAN_MARKER = '<!-- droid:plan -->';
const PLAN_START = '<!-- droid:plan-start -->';
const PLAN_END = '<!-- droid:plan-end -->';
const NEXT_STEP = '**Next step:**';
const HEADING = '📝 **Droid** wrote a plan.';
/** more than this is cut when read back (a comment holds at most 65,536 characters anyway) */
const MAX_PLAN_READ = 60_000;

/** The lines of the plan comment's middle: the plan between markers, then how to go on. */
export function planCommentLines(plan: string, trigger: string): string[] {
  const phrase = trigger.replace(/`/g, '') || '/droid';
  return [
    PLAN_MARKER,
    HEADING,
    '',
    '### Plan',
    '',
    PLAN_START,
    neutralize(plan.trim()) || '_The engine gave no plan._',
    PLAN_END,
    '',
    `${NEXT_STEP} reply \`${phrase} approve\` to carry it out (more instructions may follow it: \`${phrase} approve also update the docs\`). Edit this comment first to refine the plan: the approved plan is this comment's text at the time of the approval.`,
  ];
}

/** The plan in a plan comment's current text; undefined when nothing is left of it. */
export function planFromComment(body: string): string | undefined {
  let text = body.replace(/\r\n?/g, '\n');
  const start = text.indexOf(PLAN_START);
  if (start >= 0) text = text.slice(start + PLAN_START.length);
  else {
    // the start marker was edited away: what follows the plan marker, without the droid's heading lines
    const marker = text.indexOf(PLAN_MARKER);
    if (marker >= 0) text = text.slice(marker + PLAN_MARKER.length);
    const lines = text.split('\n');
    while (lines.length > 0 && [HEADING, '### Plan', ''].includes(lines[0]!.trim())) lines.shift();
    text = lines.join('\n');
  }
  const end = text.indexOf(PLAN_END);
  if (end >= 0) text = text.slice(0, end);
  else {
    const next = text.indexOf(NEXT_STEP);
    if (next >= 0) text = text.slice(0, next);
  }
  // hidden markers left in an edited text are not part of the plan
  const plan = text
    .split('\n')
    .filter((line) => !/^\s*<!-- droid:[A-Za-z0-9:=._#!/-]* -->\s*$/.test(line))
    .join('\n')
    .trim();
  if (plan === '') return undefined;
  return plan.length > MAX_PLAN_READ ? plan.slice(0, MAX_PLAN_READ) : plan;
}
