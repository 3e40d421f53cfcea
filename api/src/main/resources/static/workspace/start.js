// The workspace's start page: find an actor, or go to a list.

import { mountHeader } from '../common/header.js';
import { addMessages } from '../common/i18n.js';
import messages from './messages.js';
import { actorPage, actorSearch } from './search.js';

addMessages(messages);
mountHeader('workspace');
actorSearch(document.getElementById('actor-search'), document.getElementById('actor-suggestions'),
  (actor) => location.assign(actorPage(actor.id)));
