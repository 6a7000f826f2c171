/** The explicit registry of commands, checked at start-up against the platforms' limits. */
import ask from './ask.js';
import cleared from './cleared.js';
import type { Engine } from '../src/core/engine.js';
import type { CommandDefinition } from './command.js';
import define from './define.js';
import fact from './fact.js';
import help from './help.js';
import jmas from './jmas.js';
import remaining from './remaining.js';
import search from './search.js';
import sources from './sources.js';

export const commands: readonly CommandDefinition[] = [remaining, cleared, jmas, fact, ask, search, define, sources, help];

/** A command, or a group of commands (the moderators' `term`). */
type Registered = Pick<CommandDefinition, 'name' | 'description' | 'options'> & { subcommands?: readonly Registered[] };

/** Problems with a registry under Discord's rules (the strictest of the faces); empty when none. */
export function checkRegistry(list: readonly Registered[]): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  // Discord: at most 25 subcommands and 25 options, names lower-case 1-32, descriptions 1-100.
  if (list.length > 25) problems.push(`${list.length} commands: Discord allows 25 subcommands`);
  for (const c of list) {
    if (!/^[a-z0-9_-]{1,32}$/u.test(c.name)) problems.push(`command "${c.name}": name must be lower-case, 1-32 characters`);
    if (names.has(c.name)) problems.push(`command "${c.name}" is defined twice`);
    names.add(c.name);
    if (c.description.length < 1 || c.description.length > 100) problems.push(`command "${c.name}": description must be 1-100 characters`);
    if (c.options.length > 25) problems.push(`command "${c.name}": at most 25 options`);
    // Discord: a subcommand group holds subcommands only, and no option of its own.
    if (c.subcommands !== undefined) {
      if (c.options.length > 0) problems.push(`command group "${c.name}": takes no options of its own`);
      if (c.subcommands.length === 0) problems.push(`command group "${c.name}": has no commands`);
      if (c.subcommands.some((sub) => sub.subcommands !== undefined)) problems.push(`command group "${c.name}": groups do not nest`);
      problems.push(...checkRegistry(c.subcommands).map((p) => `${c.name}: ${p}`));
    }
    let optional = false;
    for (const o of c.options) {
      if (!/^[a-z0-9_-]{1,32}$/u.test(o.name)) problems.push(`command "${c.name}", option "${o.name}": name must be lower-case, 1-32 characters`);
      if (o.description.length < 1 || o.description.length > 100) problems.push(`command "${c.name}", option "${o.name}": description must be 1-100 characters`);
      if (o.required && optional) problems.push(`command "${c.name}": required option "${o.name}" must come before optional ones`);
      if (!o.required) optional = true;
    }
  }
  return problems;
}

/** Fixed commands whose figures the fact base does not hold: start-up stops rather than serve them empty. */
export function checkFigures(list: readonly CommandDefinition[], engine: Engine): string[] {
  return list
    .filter((c) => c.figures !== undefined && engine.figuresOf(c.figures).length === 0)
    .map((c) => `command "${c.name}" shows figures of ${c.figures?.measure === undefined ? '' : `measure "${c.figures.measure}"`}${c.figures?.by === undefined ? '' : ` by ${c.figures.by}`}, and the fact base has none live`);
}

export function findCommand(name: string): CommandDefinition | undefined {
  return commands.find((c) => c.name === name);
}
