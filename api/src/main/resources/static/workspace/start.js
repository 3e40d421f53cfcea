// The workspace's start page: find an actor, or go to a list; a coordinator can also compute how
// connected a cluster is, as a job they follow and may cancel (common/jobs.js).

import { mountHeader } from '../common/header.js';
import { graphql } from '../common/api.js';
import { addMessages, number, onLanguageChange, percent, t } from '../common/i18n.js';
import { followJob } from '../common/jobs.js';
import { onViewer } from '../common/session.js';
import dashboardMessages from '../dashboard/messages.js';
import messages from './messages.js';
import { actorPage, actorSearch } from './search.js';

const $ = (id) => document.getElementById(id);
/** The cohesion figures shown, with their one-line explanations (fig.<field>, fig.<field>.hint). */
const FIGURES = ['actors', 'ties', 'components', 'giantComponentShare', 'meanDistance', 'diameter'];
const SHARES = new Set(['giantComponentShare']);
const COHESION = `query Cohesion($scope: Scope) { network(scope: $scope) { cohesion { ${FIGURES.join(' ')} } } }`;

addMessages(dashboardMessages);
addMessages(messages);
mountHeader('workspace');
actorSearch($('actor-search'), $('actor-suggestions'), (actor) => location.assign(actorPage(actor.id)));

// Read by the browser test.
const probe = { figures: null };
window.kaonetStart = probe;
let shown = null;
let clustersLoaded = false;

onViewer(async (viewer) => {
  if (!viewer.mayRecordIntroductions || clustersLoaded) return;
  clustersLoaded = true;
  const { clusters } = await graphql('{ clusters { id name } }');
  $('figures-cluster').replaceChildren(...clusters.map((c) => Object.assign(document.createElement('option'),
    { value: c.id, textContent: c.name })));
});

// Pressing Compute again while a job runs follows a new one (the keyboard's focus stays on the
// button, one TAB before Cancel).
$('figures-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const scope = { clusterIds: [$('figures-cluster').value] };
  shown = null;
  $('figures').replaceChildren();
  try {
    const job = await followJob($('figures-job'), { scope, analysis: 'COHESION' });
    if (job.state === 'SUCCEEDED') {
      // The job computed the very result this field reads: it answers at once.
      shown = (await graphql(COHESION, { scope })).network.cohesion;
      probe.figures = shown;
      render();
    }
  } catch (error) {
    $('figures-job').hidden = false;
    $('figures-job').textContent = t('common.error', { message: error.message });
  }
});

onLanguageChange(render);

function render() {
  if (!shown) return;
  $('figures').replaceChildren(...FIGURES.flatMap((f) => {
    const dt = document.createElement('dt');
    dt.append(Object.assign(document.createElement('span'), { className: 'term', textContent: t(`fig.${f}`), title: t(`fig.${f}.hint`) }));
    const value = shown[f];
    const dd = Object.assign(document.createElement('dd'), {
      textContent: value == null ? '—' : SHARES.has(f) ? percent(value, 1) : number(value, { maximumFractionDigits: 2 }),
    });
    dd.dataset.figure = f;
    return [dt, dd];
  }));
}
