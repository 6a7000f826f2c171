/** `term ...`: the moderators' commands for the vocabulary (knowledge/vocabulary.json). */
import { defineAdminGroup } from './admin-command.js';
import add from './term-add.js';
import list from './term-list.js';
import name from './term-name.js';
import remove from './term-remove.js';
import show from './term-show.js';
import synonym from './term-synonym.js';
import { termText } from './term-text.js';

export default defineAdminGroup('term', termText.groupDescription, [list, show, add, name, synonym, remove]);
