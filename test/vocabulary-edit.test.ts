/**
 * Moderators edit the vocabulary (knowledge/vocabulary.json) with `term ...`, on every face and from
 * the CLI: the same checks, changelog, history and undo as facts, and the next question is read
 * with the change.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { App } from '@slack/bolt';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AdminContext } from '../commands/admin/admin-command.js';
import { parseAdminLine, parseAdminLineOrHelp, runAdmin } from '../commands/admin/dispatch.js';
import { PendingForms } from '../commands/admin/fact-form.js';
import { adminCommands } from '../commands/admin/index.js';
import { commands } from '../commands/index.js';
import { runFacts } from '../src/adapters/console/facts-cli.js';
import { discordCommandsBody } from '../src/adapters/discord/commands-json.js';
import { createDiscordAdapter, type DiscordAdapter } from '../src/adapters/discord/discord-adapter.js';
import { renderDiscord } from '../src/adapters/discord/render.js';
import { renderSlack } from '../src/adapters/slack/render.js';
import { createSlackAdapter, type SlackAdapter } from '../src/adapters/slack/slack-adapter.js';
import { renderText } from '../src/core/render-text.js';
import type { Reply } from '../src/core/reply.js';
import type { Entity, SynonymGroup } from '../src/core/schema.js';
import { silentLogger } from '../src/logger.js';
import type { FactStore, FsOps } from '../src/store/fact-store.js';
import { startDiscordFake, type DiscordFake, type RecordedRequest } from './fakes/discord/index.js';
import { createFakeSlack, type FakeSlack } from './fakes/slack/index.js';
import { alice, changelogOnDisk, openStore, steppingClock, tempKnowledge, type TempKnowledge } from './fixtures/store-fixture.js';
import { REPO } from './helpers.js';

interface VocabularyOnDisk {
  revision: number;
  entities: Entity[];
  synonyms: SynonymGroup[];
}

const failing = (code: string) => async () => {
  throw Object.assign(new Error(`${code}: simulated`), { code });
};

const PLACE_Q = 'how much land is still mined in Samlout';
const ADD_SAMLOUT = 'term add samlout place names: Samlout, Samlot within: battambang reason: asked in gaps';

let t: TempKnowledge;
let store: FactStore;
let ctx: AdminContext;

const vocabularyText = () => readFile(join(t.knowledgeDir, 'vocabulary.json'), 'utf8');
const vocabularyOnDisk = async () => JSON.parse(await vocabularyText()) as VocabularyOnDisk;
const changelogText = () => readFile(join(t.knowledgeDir, 'changelog.jsonl'), 'utf8').catch(() => '');

/** Runs a typed admin line as the console does and returns the reply. */
async function admin(line: string, context: AdminContext = ctx): Promise<Reply> {
  const result = await runAdmin(parseAdminLineOrHelp(line, 'console'), context);
  if (!('reply' in result)) throw new Error(`${line} opened a form`);
  return result.reply;
}

/** The refusal titles the engine gives now, for a place it knows without a figure and a name it does not know. */
function titles() {
  return {
    knownPlace: store.engine().ask('how much land is still mined in Battambang').title,
    unknownName: store.engine().ask('how much land is still mined in Zyxwvut').title,
  };
}

beforeEach(async () => {
  t = await tempKnowledge();
  store = await openStore(t, { clock: steppingClock() });
  ctx = { store, forms: new PendingForms(), actor: alice };
});

afterEach(async () => {
  await store.close();
  await t.cleanup();
});

describe('term add', () => {
  it('a new place is understood at once: a question naming it is refused as a place no fact covers, not as an unknown name', async () => {
    const { knownPlace, unknownName } = titles();
    expect(knownPlace).not.toBe(unknownName);
    expect(store.engine().ask(PLACE_Q).title).toBe(unknownName);
    const before = await vocabularyOnDisk();

    const r = await admin(ADD_SAMLOUT);
    expect(r.kind).toBe('answer');
    expect(r.title).toBe('Added place samlout');
    expect(r.body).toContain('+ names: Samlout, Samlot');
    expect(r.body).toContain('+ within: battambang');
    expect(r.body).toMatch(/Recorded in the changelog as change #1 by Alice/u);

    expect(store.engine().ask(PLACE_Q).kind).toBe('no-answer');
    expect(store.engine().ask(PLACE_Q).title).toBe(knownPlace);
    expect(store.engine().ask('how much land is still mined in Samlot').title).toBe(knownPlace);

    const after = await vocabularyOnDisk();
    expect(after.revision).toBe(before.revision + 1);
    expect(after.entities.at(-1)).toEqual({ id: 'samlout', kind: 'place', names: ['Samlout', 'Samlot'], within: 'battambang' });
    expect(after.entities.slice(0, -1)).toEqual(before.entities);
    expect(await changelogOnDisk(t.knowledgeDir)).toMatchObject([{
      seq: 1, kind: 'term-add', list: 'entities', itemId: 'samlout', before: null, baseVocabularyRevision: before.revision,
      actor: alice, reason: 'asked in gaps',
    }]);
  });

  it('accepts the named form (kind:place) and an organisation without within', async () => {
    const r = await admin('term add demining-volunteers names: Demining Volunteers, DV Cambodia kind:organisation reason: new partner');
    expect(r.kind, renderText(r)).toBe('answer');
    expect((await vocabularyOnDisk()).entities.at(-1)).toEqual({ id: 'demining-volunteers', kind: 'organisation', names: ['Demining Volunteers', 'DV Cambodia'] });
  });
});

describe('term name and term synonym', () => {
  it('a new name of an entity is read as that entity', async () => {
    await admin(ADD_SAMLOUT);
    const { knownPlace, unknownName } = titles();
    expect(store.engine().ask('how much land is still mined in Kwqzt').title).toBe(unknownName);
    const r = await admin('term name samlout Kwqzt reason: local spelling');
    expect(r.kind, renderText(r)).toBe('answer');
    expect(r.body).toContain('names: + Kwqzt');
    expect(store.engine().ask('how much land is still mined in Kwqzt').title).toBe(knownPlace);
    expect((await vocabularyOnDisk()).entities.find((e) => e.id === 'samlout')?.names).toEqual(['Samlout', 'Samlot', 'Kwqzt']);
  });

  it('a new synonym makes a question answerable', async () => {
    const question = 'how much land is glorbed';
    expect(store.engine().ask(question).kind).toBe('no-answer');
    const r = await admin('term synonym remaining glorbed, not yet glorbed reason: asked in gaps');
    expect(r.kind, renderText(r)).toBe('answer');
    expect(r.body).toContain('words: + glorbed, not yet glorbed');
    const answer = store.engine().ask(question);
    expect(answer.kind).toBe('answer');
    expect(answer.facts).toContain('cambodia-area-remaining');
  });

  it('a new group id makes a new group; one that is an entity id is refused', async () => {
    expect((await admin('term synonym zorp-words zorp, zorps reason: test')).kind).toBe('answer');
    expect((await vocabularyOnDisk()).synonyms.at(-1)).toEqual({ id: 'zorp-words', words: ['zorp', 'zorps'] });
    const clash = await admin('term synonym cambodia zarp reason: test');
    expect(clash.kind).toBe('error');
    expect(clash.body).toContain('group: is already used by the id of entity "cambodia"');
  });
});

describe('term remove', () => {
  it('removes an entity: the name is unknown again', async () => {
    await admin(ADD_SAMLOUT);
    const r = await admin('term remove samlout added by mistake');
    expect(r.kind, renderText(r)).toBe('answer');
    expect(r.title).toBe('Removed place samlout');
    expect((await vocabularyOnDisk()).entities.some((e) => e.id === 'samlout')).toBe(false);
    expect(store.engine().ask(PLACE_Q).title).toBe(titles().unknownName);
  });

  it('refuses to remove an entity others fall within, naming them', async () => {
    await admin(ADD_SAMLOUT);
    const r = await admin('term remove battambang reason: test');
    expect(r.kind).toBe('error');
    expect(r.body).toMatch(/entity "samlout".*falls? within it/u);
  });

  it('an id that is nothing in the vocabulary is refused', async () => {
    const r = await admin('term remove no-such-thing reason: test');
    expect(r.kind).toBe('error');
    expect(r.title).toContain('There is no entity or synonym group "no-such-thing"');
  });
});

describe('invalid input is refused, saying what is wrong, and nothing is written', () => {
  const cases: Array<[string, string, RegExp]> = [
    ['an unknown kind', 'term add samlout city names: Samlout reason: r', /kind: must be place, organisation, person or thing, not "city"/u],
    ['a name of a glossary term', 'term add cmac-agency organisation names: CMAC reason: r', /names: "CMAC" is already a name of the glossary term "CMAC"/u],
    ['a name of another entity, written otherwise', 'term add bb place names: Bat-Dambang, BATTAMBANG reason: r', /names: "BATTAMBANG" is already a name of entity "battambang"/u],
    ['a word of a synonym group', 'term add still-place place names: still reason: r', /names: "still" is already a word of synonym group "remaining"/u],
    ['within naming nothing', 'term add samlout place names: Samlout within: atlantis reason: r', /within: names "atlantis", which is neither an entity nor a term/u],
    ['within itself', 'term add samlout place names: Samlout within: samlout reason: r', /within: must name a broader entity/u],
    ['empty names', 'term add samlout place names: , ,  reason: r', /names: needs at least one/u],
    ['a name with no letters', 'term add samlout place names: ?!, Samlout reason: r', /names: "\?!" has no letters or digits/u],
    ['an id that is not kebab-case', 'term add Sam_Lout place names: Samlout reason: r', /id: must be lower-case kebab-case/u],
    ['an id already an entity', 'term add battambang place names: Zzqq reason: r', /id: is already used by the id of entity "battambang"/u],
    ['too many names', `term add samlout place names: ${Array.from({ length: 60 }, (_, i) => `N${i}`).join(',')} reason: r`, /names: 60 at once is too many: at most 50/u],
    ['a name too long', `term add samlout place names: ${'x'.repeat(150)} reason: r`, /names: "x{40}…": Too big/u],
    ['a names option too long', `term add samlout place names: ${'Samlout, '.repeat(80)} reason: r`, /The names is too long/u],
    ['no reason', 'term add samlout place names: Samlout', /needs a reason/u],
    ['a name already there', 'term name battambang Battambang reason: r', /name: "Battambang" is already a name of entity "battambang"/u],
    ['a name of an entity that does not exist', 'term name atlantis Atlantis reason: r', /There is no entity "atlantis"/u],
    ['a synonym already in the group', 'term synonym remaining still reason: r', /words: "still" is already a word of synonym group "remaining"/u],
    ['a synonym of another group', 'term synonym remaining cleared reason: r', /words: "cleared" is already a word of synonym group "clear"/u],
  ];
  it.each(cases)('%s', async (_what, line, expected) => {
    const before = { vocabulary: await vocabularyText(), changelog: await changelogText() };
    const r = await admin(line);
    expect(r.kind).toBe('error');
    expect(`${r.title}\n${r.body}`).toMatch(expected);
    expect({ vocabulary: await vocabularyText(), changelog: await changelogText() }).toEqual(before);
  });
});

describe('history and undo', () => {
  it('history lists the changes of an entry, with who, when and why', async () => {
    await admin(ADD_SAMLOUT);
    await admin('term name samlout Sam Lout reason: another spelling');
    const r = await admin('history samlout');
    expect(r.kind).toBe('list');
    expect(r.title).toBe('History of samlout: 2 changes');
    expect(r.body).toMatch(/#1 2026-12-01 \d\d:\d\d UTC by Alice \(discord\), add: .*\+ names: Samlout, Samlot.*\(reason: asked in gaps\)/u);
    expect(r.body).toMatch(/#2 .* by Alice \(discord\), name: names: \+ Sam Lout \(reason: another spelling\)/u);
    const shown = await admin('term show samlout');
    expect(shown.title).toBe('Entity samlout (place)');
    expect(shown.body).toContain('names: Samlout, Samlot, Sam Lout');
    expect(shown.body).toContain('#2');
    expect((await admin('term show battambang')).body).toMatch(/Within it: 1 \(samlout\)/u);
  });

  it('undo walks the changes back, newest first, until vocabulary.json holds what it held', async () => {
    const original = await vocabularyText();
    await admin(ADD_SAMLOUT);
    await admin('term synonym remaining glorbed reason: asked in gaps');
    await admin('term name samlout Sam Lout reason: another spelling');
    await admin('term remove samlout reason: changed my mind');
    expect(store.engine().ask('how much land is glorbed').kind).toBe('answer');

    const undone = await admin('undo reason: wrong');
    expect(undone.title).toBe('Undone: change #4; samlout is back');
    expect((await vocabularyOnDisk()).entities.find((e) => e.id === 'samlout')?.names).toEqual(['Samlout', 'Samlot', 'Sam Lout']);
    for (let i = 0; i < 3; i++) expect((await admin('undo reason: wrong')).kind).toBe('answer');

    const now = await vocabularyText();
    const parsed = JSON.parse(now) as VocabularyOnDisk;
    const was = JSON.parse(original) as VocabularyOnDisk;
    expect(parsed.entities).toEqual(was.entities);
    expect(parsed.synonyms).toEqual(was.synonyms);
    expect(parsed.revision).toBe(was.revision + 8);
    // Byte for byte, but for the revision, which counts the undos too.
    expect(now.replace(/"revision": \d+/u, '')).toBe(original.replace(/"revision": \d+/u, ''));
    expect(store.engine().ask('how much land is glorbed').kind).toBe('no-answer');
    expect(store.engine().ask(PLACE_Q).title).toBe(titles().unknownName);
    const log = await changelogOnDisk(t.knowledgeDir);
    expect(log.map((e) => [e.kind, e.undoes])).toEqual([
      ['term-add', undefined], ['term-synonym', undefined], ['term-name', undefined], ['term-remove', undefined],
      ['undo', 4], ['undo', 3], ['undo', 2], ['undo', 1],
    ]);
    expect((await admin('history samlout')).body.split('\n')).toHaveLength(6);
  });

  it('undo takes fact and vocabulary changes in the order they were made', async () => {
    await admin('alias cambodia-area-remaining phrase: how much is still dangerous reason: from gaps');
    await admin(ADD_SAMLOUT);
    expect((await admin('undo reason: one')).title).toBe('Undone: change #2; samlout is removed again');
    expect((await admin('undo reason: two')).title).toMatch(/^Undone: cambodia-area-remaining is back as it was/u);
    expect((await admin('undo reason: three')).title).toContain('no change left to undo');
  });

  it('an undo that would lose a hand edit made since is refused', async () => {
    await admin(ADD_SAMLOUT);
    const file = await vocabularyOnDisk();
    file.entities.find((e) => e.id === 'samlout')!.names.push('Samlaut');
    await writeFile(join(t.knowledgeDir, 'vocabulary.json'), `${JSON.stringify(file, null, 2)}\n`);
    const r = await admin('undo reason: oops');
    expect(r.kind).toBe('error');
    expect(r.title).toContain('samlout has changed in vocabulary.json since that change');
    expect((await vocabularyOnDisk()).entities.find((e) => e.id === 'samlout')?.names).toContain('Samlaut');
  });
});

describe('the store and the disk', () => {
  it('a hand edit of vocabulary.json not yet loaded is picked up before a change, which goes on top of it', async () => {
    const file = await vocabularyOnDisk();
    file.entities.push({ id: 'handmade-place', kind: 'place', names: ['Handmade Place'], within: 'cambodia' });
    await writeFile(join(t.knowledgeDir, 'vocabulary.json'), `${JSON.stringify(file, null, 2)}\n`);
    const r = await admin('term name handmade-place Hand Made reason: typed by hand first');
    expect(r.kind, renderText(r)).toBe('answer');
    const after = await vocabularyOnDisk();
    expect(after.entities.find((e) => e.id === 'handmade-place')?.names).toEqual(['Handmade Place', 'Hand Made']);
    expect(after.revision).toBe(file.revision + 1);
  });

  it('an invalid hand edit of vocabulary.json makes a change refuse rather than overwrite it', async () => {
    await writeFile(join(t.knowledgeDir, 'vocabulary.json'), '{ "entities": [ oops');
    const r = await admin(ADD_SAMLOUT);
    expect(r.kind).toBe('error');
    expect(r.title).toMatch(/changed on disk and have problems/u);
    expect(await vocabularyText()).toBe('{ "entities": [ oops');
  });

  it('a change logged but not written (a crash between the two) is rolled forward on the next open', async () => {
    const before = await vocabularyOnDisk();
    const entity = { id: 'samlout', kind: 'place' as const, names: ['Samlout'] };
    await appendFile(join(t.knowledgeDir, 'changelog.jsonl'), `${JSON.stringify({
      seq: 1, at: '2026-12-01T10:00:00.000Z', actor: alice, reason: 'crashed', kind: 'term-add', list: 'entities', itemId: 'samlout',
      index: before.entities.length, before: null, after: entity, baseVocabularyRevision: before.revision,
    })}\n`);
    await store.close();
    store = await openStore(t);
    ctx = { ...ctx, store };
    const after = await vocabularyOnDisk();
    expect(after.revision).toBe(before.revision + 1);
    expect(after.entities.at(-1)).toEqual(entity);
    expect(store.kb().vocabulary.entities.some((e) => e.id === 'samlout')).toBe(true);
    expect((await admin('undo reason: was a test')).title).toBe('Undone: change #1; samlout is removed again');
  });

  it.each([
    ['the changelog append (disk full)', { appendFile: failing('ENOSPC') }, /disk is full/u],
    ['the rename (read-only file system)', { rename: failing('EROFS') }, /read-only/u],
  ] as Array<[string, Partial<FsOps>, RegExp]>)('a disk that refuses %s: nothing is changed and the engine reads as before', async (_what, fsOps, message) => {
    await store.close();
    store = await openStore(t, { fsOps });
    ctx = { ...ctx, store };
    const before = { vocabulary: await vocabularyText(), changelog: await changelogText() };
    const unknown = store.engine().ask(PLACE_Q).title;
    const r = await admin(ADD_SAMLOUT);
    expect(r.kind).toBe('error');
    expect(r.title).toMatch(message);
    expect({ vocabulary: await vocabularyText(), changelog: await changelogText() }).toEqual(before);
    expect(store.engine().ask(PLACE_Q).title).toBe(unknown);
    expect(store.recentChanges()).toEqual([]);
  });

  it('status counts the vocabulary', async () => {
    const before = store.status().vocabulary;
    await admin(ADD_SAMLOUT);
    expect(store.status().vocabulary).toEqual({ revision: before.revision + 1, entities: before.entities + 1, synonyms: before.synonyms });
  });
});

describe('the commands', () => {
  it('help lists every term command in a form the parser accepts', async () => {
    const help = await admin('help');
    for (const sub of ['list', 'show', 'add', 'name', 'synonym', 'remove']) expect(help.body).toContain(`term ${sub}`);
    const group = await admin('term');
    expect(group.kind).toBe('help');
    expect(group.body.split('\n')).toHaveLength(6);
    const unknown = await admin('term frobnicate');
    expect(unknown.title).toContain('term frobnicate');
    expect(parseAdminLine('term add x place names: a reason: r')?.ok).toBe(true);
  });

  it('term list shows counts, one kind, or the entries matching some words', async () => {
    expect((await admin('term list')).title).toMatch(/^Vocabulary \(revision \d+\): \d+ entities, \d+ synonym groups$/u);
    const places = await admin('term list place');
    expect(places.body).toContain('battambang (place): Battambang');
    expect(places.body.length).toBeLessThan(2100);
    expect((await admin('term list synonyms')).body).toMatch(/^remaining \(synonyms\): /mu);
    const found = await admin('term list battam');
    expect(found.title).toMatch(/entr(y|ies) match(es)? "battam"/u);
    expect(found.body).toContain('battambang (place)');
    expect((await admin('term list zzqqxx')).title).toContain('Nothing in the vocabulary matches');
  });

  it('term show finds an entry by a name too, and says so when there is none', async () => {
    expect((await admin('term show Batdambang')).title).toBe('Entity battambang (place)');
    expect((await admin('term show remaining')).title).toBe('Synonym group remaining');
    const none = await admin('term show atlantis');
    expect(none.kind).toBe('error');
    expect(none.title).toContain('"atlantis"');
  });

  it('user text in a name pings nobody on Discord or Slack', async () => {
    const r = await admin('term add pingers organisation names: @everyone Group, <!channel> Team reason: test');
    expect(r.kind, renderText(r)).toBe('answer');
    const discord = JSON.stringify(renderDiscord(r));
    const slack = JSON.stringify(renderSlack(r));
    expect(discord).not.toMatch(/@everyone/u);
    expect(slack).not.toContain('<!channel>');
  });

  it('Discord registers term as a subcommand group of /demining-admin', () => {
    const body = discordCommandsBody(commands, adminCommands, store.kb().about) as unknown as Array<{ name: string; options: Array<{ type: number; name: string; options?: Array<{ name: string }> }> }>;
    const term = body.find((c) => c.name === 'demining-admin')?.options.find((o) => o.name === 'term');
    expect(term?.type).toBe(2);
    expect(term?.options?.map((o) => o.name)).toEqual(['list', 'show', 'add', 'name', 'synonym', 'remove']);
  });
});

describe('the CLI: npm run facts -- term ...', () => {
  const cli = async (...args: string[]): Promise<{ code: number | void; out: string }> => {
    const printed: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void printed.push(parts.map(String).join(' ')));
    try {
      const code = await runFacts([...args, '--knowledge', t.knowledgeDir], { ...process.env, DATA_DIR: t.dataDir });
      return { code, out: printed.join('\n') };
    } finally {
      log.mockRestore();
    }
  };

  it('adds, names, shows, undoes and refuses through the same code as chat', async () => {
    await store.close();
    const added = await cli('term', 'add', 'samlout', '--kind', 'place', '--names', 'Samlout, Samlot', '--within', 'battambang', '--reason', 'from the terminal');
    expect(added.code, added.out).toBe(0);
    expect(added.out).toContain('Added place samlout');
    const named = await cli('term', 'name', 'samlout', 'Sam', 'Lout', '--reason', 'spelling');
    expect(named.out).toContain('names: + Sam Lout');
    expect((await cli('term', 'list', 'samlo')).out).toContain('samlout (place): Samlout, Samlot, Sam Lout; within battambang');
    expect((await cli('history', 'samlout')).out).toMatch(/by \S+ \(cli\), add: /u);
    const refused = await cli('term', 'add', 'other', '--kind', 'place', '--names', 'Samlot', '--reason', 'x');
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('names: "Samlot" is already a name of entity "samlout"');
    expect((await cli('undo', '--reason', 'spelling wrong')).out).toContain('Undone: change #2');
    expect((await vocabularyOnDisk()).entities.at(-1)).toEqual({ id: 'samlout', kind: 'place', names: ['Samlout', 'Samlot'], within: 'battambang' });
    const log = await changelogOnDisk(t.knowledgeDir);
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({ kind: 'term-add', actor: { face: 'cli' } });
    await expect(cli('term', 'frobnicate')).rejects.toThrow(/Usage: npm run facts/u);
    store = await openStore(t);
  });

  it('runs as a script', async () => {
    const run = promisify(execFile);
    const { stdout } = await run(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'src', 'adapters', 'console', 'facts-cli.ts'), 'term', 'show', 'battambang', '--knowledge', t.knowledgeDir],
      { cwd: REPO, env: { ...process.env, DATA_DIR: t.dataDir } });
    expect(stdout).toContain('Entity battambang (place)');
  });
});

describe('on the chat faces, moderators only', () => {
  describe('Slack', () => {
    let fake: FakeSlack;
    let slack: SlackAdapter;
    let url: string;
    const SECRET = 'vocabulary-secret';
    const MOD = 'U0MODERATOR';
    let slackStore: FactStore;
    let dir: TempKnowledge;

    beforeAll(async () => {
      dir = await tempKnowledge();
      slackStore = await openStore(dir);
      fake = await createFakeSlack();
      const command = vi.spyOn(App.prototype, 'command');
      slack = createSlackAdapter({
        botToken: 'xoxb-vocabulary', signingSecret: SECRET, port: 0, host: '127.0.0.1', apiUrl: fake.apiUrl,
        engine: () => slackStore.engine(), logger: silentLogger, rateLimit: { burst: 100, perSecond: 100 },
        admin: { store: slackStore, forms: new PendingForms(), moderatorUserIds: [MOD] },
      });
      command.mockRestore();
      url = (await slack.start())!;
    });

    afterAll(async () => {
      await slack?.stop();
      await fake?.close();
      await slackStore?.close();
      await dir?.cleanup();
    });

    it('a moderator adds a place; anyone else is refused and nothing changes', async () => {
      const file = join(dir.knowledgeDir, 'vocabulary.json');
      const before = await readFile(file, 'utf8');
      const refused = await fake.sendSlashCommand(url, SECRET, { command: '/demining-admin', text: ADD_SAMLOUT, user_id: 'U0SOMEONE' });
      expect(JSON.stringify(refused.body)).toContain('Only moderators');
      expect(await readFile(file, 'utf8')).toBe(before);
      const done = await fake.sendSlashCommand(url, SECRET, { command: '/demining-admin', text: ADD_SAMLOUT, user_id: MOD });
      expect(done.body).toMatchObject({ response_type: 'ephemeral' });
      expect(JSON.stringify(done.body)).toContain('Added place samlout');
      expect(slackStore.kb().vocabulary.entities.some((e) => e.id === 'samlout')).toBe(true);
    });
  });

  describe('Discord', () => {
    let fake: DiscordFake;
    let adapter: DiscordAdapter;
    let discordStore: FactStore;
    let dir: TempKnowledge;
    const MOD = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
    let n = 0;
    const user = () => ({ id: String(1800000000000000000n + BigInt(++n)), username: `user${n}` });
    const callback = async (i: ReturnType<DiscordFake['slashCommand']>): Promise<RecordedRequest> => {
      fake.dispatch('INTERACTION_CREATE', i);
      return fake.waitForCallback(i, 3000);
    };
    const termAdd = (memberPermissions: bigint) => fake.slashCommand({
      name: 'demining-admin', group: 'term', subcommand: 'add', memberPermissions, user: user(),
      options: [
        { name: 'id', value: 'samlout' }, { name: 'kind', value: 'place' }, { name: 'names', value: 'Samlout, Samlot' },
        { name: 'reason', value: 'asked in gaps' }, { name: 'within', value: 'battambang' },
      ],
    });

    beforeAll(async () => {
      dir = await tempKnowledge();
      discordStore = await openStore(dir);
      fake = await startDiscordFake({ heartbeatIntervalMs: 200 });
      adapter = createDiscordAdapter({
        token: 'fake-token', apiUrl: fake.apiUrl, engine: () => discordStore.engine(), logger: silentLogger,
        rateLimit: { burst: 100, perSecond: 100 },
        admin: { store: discordStore, forms: new PendingForms(), moderatorRoleIds: [] },
      });
      await adapter.start();
    });

    afterAll(async () => {
      await adapter?.stop();
      await fake?.close();
      await discordStore?.close();
      await dir?.cleanup();
    });

    it('/demining-admin term add works for a moderator, privately; anyone else is refused and nothing changes', async () => {
      const refused = await callback(termAdd(PermissionFlagsBits.ViewChannel));
      expect(JSON.stringify(refused.body)).toContain('Only moderators');
      expect(discordStore.kb().vocabulary.entities.some((e) => e.id === 'samlout')).toBe(false);
      const done = await callback(termAdd(MOD));
      const body = done.body as { type: number; data: { flags?: number } };
      expect((body.data.flags ?? 0) & 64).toBe(64);
      expect(JSON.stringify(body)).toContain('Added place samlout');
      expect(discordStore.kb().vocabulary.entities.find((e) => e.id === 'samlout')).toEqual({ id: 'samlout', kind: 'place', names: ['Samlout', 'Samlot'], within: 'battambang' });
    });

    it('autocompletes entity ids for the term commands, to moderators only', async () => {
      const ask = (perms: bigint) => callback(fake.autocomplete({
        name: 'demining-admin', group: 'term', subcommand: 'show', options: [{ name: 'id', value: 'battam' }], focused: 'id', memberPermissions: perms, user: user(),
      }));
      const choices = (r: RecordedRequest) => (r.body as { data: { choices: Array<{ value: string }> } }).data.choices;
      expect(choices(await ask(MOD)).map((c) => c.value)).toContain('battambang');
      expect(choices(await ask(PermissionFlagsBits.ViewChannel))).toEqual([]);
    });
  });
});
