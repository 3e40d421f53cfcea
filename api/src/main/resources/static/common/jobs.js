// Long analyses as jobs (Mutation.startAnalysisJob, Query.job, Mutation.cancelJob): a progress bar
// with steps done of steps expected and the seconds left, and a Cancel button, followed by polling
// job(id) until the job ends. Starting a job needs a COORDINATOR (or ADMIN) token; pages offer it only
// to callers who may record introductions (viewer().mayRecordIntroductions).

import { graphql } from './api.js';
import { number, t } from './i18n.js';

const JOB_FIELDS = 'id state done total fractionDone elapsedSeconds estimatedSecondsLeft error';
const START = `mutation Start($scope: Scope, $analysis: AnalysisJobKind!) {
  startAnalysisJob(scope: $scope, analysis: $analysis) { ${JOB_FIELDS} } }`;
const POLL = `query Job($id: ID!) { job(id: $id) { ${JOB_FIELDS} } }`;
const CANCEL = `mutation Cancel($id: ID!) { cancelJob(id: $id) { ${JOB_FIELDS} } }`;

/** How often a running job is asked about. */
const POLL_MILLIS = 300;

/**
 * Starts an analysis of a scope as a job and shows it in {@code box} until it ends: a progress bar,
 * "done of total steps, about N s left", and a Cancel button that asks the server to stop it. Returns
 * the job as it ended (state SUCCEEDED, CANCELLED or FAILED). The box carries the job's id and state
 * as data-job and data-state. A later call on the same box makes the earlier one end as CANCELLED
 * without asking anything more (its job runs on, for another request or the cache).
 */
export async function followJob(box, { scope, analysis }) {
  const run = Symbol('job');
  box.jobRun = run;
  const bar = Object.assign(document.createElement('progress'), { max: 1 });
  bar.setAttribute('aria-label', t('job.progress'));
  const text = Object.assign(document.createElement('span'), { className: 'job-text' });
  const cancel = Object.assign(document.createElement('button'), { type: 'button', className: 'job-cancel' });
  cancel.textContent = t('job.cancel');
  text.setAttribute('role', 'status');
  text.setAttribute('aria-live', 'polite');
  box.classList.add('job');
  box.replaceChildren(bar, text, cancel);
  box.hidden = false;
  text.textContent = t('job.starting');

  // Cancel works from the first moment: pressed while the job is being started, it is asked for as
  // soon as the job's id is known.
  let job = null;
  let cancelAsked = false;
  const askCancel = async () => {
    try {
      show(box, (await graphql(CANCEL, { id: job.id })).cancelJob);
    } catch (error) {
      text.textContent = t('common.error', { message: error.message });
      cancel.disabled = false;
      cancelAsked = false;
    }
  };
  cancel.addEventListener('click', () => {
    cancel.disabled = true;
    text.textContent = t('job.cancelling');
    cancelAsked = true;
    if (job) askCancel();
  });
  job = (await graphql(START, { scope, analysis })).startAnalysisJob;
  box.dataset.job = job.id;
  if (cancelAsked) await askCancel();
  for (;;) {
    if (box.jobRun !== run) return { ...job, state: 'CANCELLED' };
    show(box, job);
    if (job.state !== 'RUNNING') return job;
    await new Promise((resolve) => { setTimeout(resolve, POLL_MILLIS); });
    if (box.jobRun !== run) return { ...job, state: 'CANCELLED' };
    // Null once the server no longer keeps it (an hour after it was last asked about).
    job = (await graphql(POLL, { id: job.id })).job ?? { ...job, state: 'FAILED', error: t('job.lost') };
  }
}

/** Shows a job's state in its box. */
function show(box, job) {
  const [bar, text, cancel] = box.children;
  box.dataset.state = job.state;
  box.dataset.done = String(job.done);
  box.dataset.total = String(job.total);
  if (job.fractionDone == null) bar.removeAttribute('value');
  else bar.value = job.fractionDone;
  const steps = { done: number(job.done), total: number(job.total) };
  if (job.state === 'RUNNING') {
    if (!cancel.disabled) {
      text.textContent = job.total === 0 ? t('job.running.unknown')
        : job.estimatedSecondsLeft == null ? t('job.running', steps)
          : t('job.running.left', { ...steps, seconds: number(Math.ceil(job.estimatedSecondsLeft)) });
    }
    return;
  }
  cancel.hidden = true;
  const seconds = number(job.elapsedSeconds, { maximumFractionDigits: 1 });
  text.textContent = job.state === 'SUCCEEDED' ? t('job.succeeded', { ...steps, seconds })
    : job.state === 'CANCELLED' ? t('job.cancelled', steps)
      : t('job.failed', { message: job.error ?? '' });
  text.classList.toggle('error', job.state === 'FAILED');
}
