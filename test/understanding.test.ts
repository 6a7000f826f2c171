/**
 * Issue 10: questions worded the way people type, none of them a phrasing the facts were taught.
 * Each asserts what the person sees: the kind of reply and its headline, with the figure in it.
 * The second fact base (test/fixtures/growing) is real CMAA figures; the seed is the July 2024 article.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDiscord } from '../src/adapters/discord/render.js';
import type { Engine } from '../src/core/engine.js';
import { prepare } from '../src/core/vocabulary.js';
import { engineFor, REAL_KNOWLEDGE } from './helpers.js';

const GROWING = fileURLToPath(new URL('./fixtures/growing', import.meta.url));
let growing: Engine;
let seed: Engine;
beforeAll(async () => {
  growing = await engineFor(GROWING);
  seed = await engineFor(REAL_KNOWLEDGE);
});

const answered = (engine: () => Engine, q: string, fact: string, headline: string) => () => {
  const r = engine().ask(q);
  expect(r.kind, r.title).toBe('answer');
  expect(r.facts[0]).toBe(fact);
  expect(r.title).toContain(headline);
};

const declined = (engine: () => Engine, q: string) => () => {
  const r = engine().ask(q);
  expect(r.kind, `${q} -> ${r.title}`).not.toBe('answer');
  // No figure of the fact base is printed as if it answered.
  expect(r.title).not.toMatch(/\d/u);
};

describe('dates a person writes', () => {
  it('"by early December 2023" gets the count to that date, not the full year',
    answered(() => growing, 'how many amputations had there been by early december 2023', 'amputations-2023-year-to-date', '9 amputees'));
  it('"in 2023" gets the full year, not the count to December',
    answered(() => growing, 'amputations in 2023', 'amputations-2023', '10 amputees'));
  it('"between January and early December 2023" is one span',
    answered(() => growing, 'casualties between january and early december 2023', 'casualties-2023-year-to-date', '31 mine and ERW casualties'));
  it('the year a change is compared with is not the figure\'s own year',
    answered(() => growing, 'by what % did casualties fall in 2023 compared with 2022', 'casualties-change-2023', '22%'));
  it('"by the end of 2022" with "total" gets the running total as of then, not that year\'s count',
    answered(() => growing, "halo's total cleared area by the end of 2022", 'halo-area-cleared-since-1991-2023', '433 km²'));
  it('a year no figure of that measure covers is declined', declined(() => growing, 'how many explosive ordnance accidents happened in 2020'));
});

describe('what is counted, and what is excluded', () => {
  it('"other than mines" does not narrow the question to mines',
    answered(() => growing, 'land with cluster munitions, not counting mines', 'area-contaminated-cluster-munitions-2025', '681 km²'));
  it('a kind of thing the measure is split by is never answered with the total of all kinds', declined(() => growing, 'how much land has UXO on it'));
  it('a word the fact base never uses narrows a count past every figure', declined(() => growing, 'how many naval mines have been cleared'));
  it('"per square metre" asks for a rate, which no total answers', declined(() => growing, 'what does clearance cost per square metre'));
  it('a drop asked without "%" is still the percentage of the drop',
    answered(() => growing, 'how big was the drop in casualties between 2019 and 2020', 'casualties-change-2020', '16%'));
  it('"$" asks for money', answered(() => growing, 'npa cmac project $', 'npa-cmac-project-budget-2023', '2.1 million USD'));
});

describe('the shape of a question', () => {
  it('"why" gets the reason, not the figure its words name',
    answered(() => growing, 'why did cambodia miss the 2025 deadline', 'why-2025-deadline-slipped', 'slipped'));
  it('a yes-or-no question about a place inside the figure\'s own is answered by the fact that names it',
    answered(() => growing, 'is koh kong still being cleared', 'provinces-still-being-cleared-2023', '9 provinces'));
  it('"what did <person> say" lists what the fact base quotes them saying',
    answered(() => growing, 'what did heng ratana say', 'cmac-china-area-cleared-2020', 'What Heng Ratana said'));
  it('"who is <person>" summarises what the fact base holds, what they said first',
    answered(() => growing, 'who is lang kosal', 'casualty-drop-credited-to-clearance-and-awareness', 'Lang Kosal'));
  it('"how has it changed" gives the whole series, newest first', () => {
    answered(() => growing, 'how has the yearly number of mine deaths changed', 'people-killed-2023', '4 people killed by mines')();
    expect(growing.ask('how has the yearly number of mine deaths changed').facts).toEqual(['people-killed-2023', 'people-killed-2020']);
  });
  it('"how do I ..." asks how to do something, which no fact says', declined(() => seed, 'how do i say thank you in khmer'));
});

describe('definitions', () => {
  it('a term alone is a definition question', answered(() => growing, 'erw = ?', 'glossary:ERW', 'explosive remnants of war'));
  it('"a mine casualty" is a casualty', answered(() => growing, 'what counts as a mine casualty', 'glossary:casualty', 'casualty'));
  it('a term the glossary lacks is said to be missing, never swapped for another', () => {
    const r = growing.ask('what does EOD stand for');
    expect(r.kind).toBe('no-answer');
    expect(r.title).toContain('not in the glossary');
  });
  it('"what\'s a <thing>" is never answered with a figure', declined(() => growing, "what's a hazardous area"));
});

describe('what a hostile reviewer tried (each printed a wrong figure before)', () => {
  it.each([
    ['a place the question excludes', "how many casualties weren't in Battambang in 2020"],
    ['a whole country for "outside" one of its provinces', 'how many casualties in 2020 outside Battambang'],
    ['a joint figure for "alone"', 'how much land has JMAS cleared alone'],
    ['one kind\'s figure for "the total"', 'what was the total contaminated area in 2024'],
    ['a count of bombs for a number of years', 'how many years did the US bomb Cambodia'],
    ['hectares cleared for money given', 'how much did China give CMAC in 2020'],
    ['villages for volunteers', 'how many volunteers does CMAC have'],
    ['the whole year for one month', 'how many casualties in December 2023'],
    ['one year, or a running total since 1979, for a span of four years', 'how many people were killed between 2020 and 2023'],
  ])('never gives %s: "%s"', (_what, q) => declined(() => growing, q)());
  it.each([
    ['a past figure for the future', 'how much land will JMAS clear next year'],
    ['a figure of what was destroyed for what was not', 'how many mines have not been destroyed'],
    ['the area still to clear for what was cleared in a year no figure covers', 'how much land did cambodia clear in 2024'],
    ['the figure of mines and ERW together for "landmines only"', 'how much land is contaminated by landmines only'],
  ])('never gives %s: "%s"', (_what, q) => declined(() => seed, q)());
});

describe('the widest scope first', () => {
  it('"how much has been cleared" gets the national figure and names the narrower one', () => {
    const r = seed.ask('how much has been cleared');
    expect(r.kind).toBe('answer');
    expect(r.title).toContain('3,000 km²');
    expect(r.body).toMatch(/Narrower figure: more than 6,000 ha/u);
  });
});

describe('what later writers asked (each was missed or answered wrongly before)', () => {
  it('"the latest yearly count" is the newest full year, not a rate',
    answered(() => growing, 'whats the newest annual tally of victims', 'casualties-2023', '32 mine and ERW casualties in 2023'));
  it('"by what percent did it go down" asks for the size of the change',
    answered(() => growing, 'by what percent did victims go down from 2022 to 2023', 'casualties-change-2023', '22%'));
  it('"in 30 yrs" is a span, not the year 2030',
    answered(() => growing, 'how many mines has halo got rid of in 30 yrs', 'halo-mines-destroyed-since-1991', 'HALO Trust'));
  it('an appreciation with the thanks is small talk, not a question', () => {
    const r = growing.ask('thanks, that was really helpful');
    expect(r.kind).toBe('help');
    expect(r.facts).toEqual([]);
  });
  it('a name the glossary lacks is said to be missing, and the facts about it offered, not another term', () => {
    const r = growing.ask('what is cmac');
    expect(r.kind).toBe('no-answer');
    expect(r.title).toBe('"CMAC" is not in the glossary.');
    expect(r.suggestions.length).toBeGreaterThan(0);
    expect(r.suggestions.every((s) => s.command.startsWith('fact ') && /cmac/iu.test(s.label))).toBe(true);
  });
  it('"the name of <a person\'s role>" is answered as "who is" that person',
    answered(() => seed, "what's the name of the jmas director?", 'manet-yamazaki-meeting', 'Koji Yamazaki'));
  it.each([
    ['a ranking no figure gives', 'which province has the worst contamination'],
    ['the population for people at risk', 'how many people live in cambodia'],
    ['the size of a country for land cleared', 'how many hectares is cambodia'],
    ['mines and UXO together for "just mines"', 'landmine casualties in 2020, just mines not uxo'],
    ['a target for whether it will be met', 'will cambodia be clear of mines by 2030'],
    ['a landmine figure for a mine dug for ore', 'any gold mines in preah vihear?'],
  ])('never gives %s: "%s"', (_what, q) => declined(() => growing, q)());
});

describe('what the seventh and eighth writers asked (team channels; reports and fact-checks)', () => {
  it('"jan-early dec 2023" is one span, written with a hyphen',
    answered(() => growing, 'amputees jan-early dec 2023', 'amputations-2023-year-to-date', '9 amputees'));
  it('"ytd" is the count to date, and abbreviated months are dates, not names',
    answered(() => growing, 'casualties jan to early dec 2023, the ytd number', 'casualties-2023-year-to-date', '31 mine and ERW casualties'));
  it('the unit asked for says the kind of figure, over a word of money around it',
    answered(() => growing, 'how many ha did cmac clear w chinese funding in 2020', 'cmac-china-area-cleared-2020', '1,708 ha'));
  it('"what\'s the X" with a name the glossary has is its definition, not a statement about it', () => {
    const r = growing.ask("what's the cmaa");
    expect(r.kind).toBe('answer');
    expect(r.title).toContain('CMAA: Cambodian Mine Action and Victim Assistance Authority');
  });
  it('"what does \'X\' mean for …" asks what X means', () => {
    const r = growing.ask("what does 'mine-free' actually mean for a province");
    expect(r.kind).toBe('answer');
    expect(r.facts).toEqual(['glossary:mine-free']);
  });
});

describe('definitions asked the way reports and learners ask them', () => {
  it.each([
    ['What does the abbreviation ERW stand for?', 'glossary:ERW'],
    ['Could you explain the meaning of UXO, please? It is not my native language.', 'glossary:UXO'],
    ['In the literature, what is meant by an anti-personnel mine?', 'glossary:anti-personnel mine'],
    ["What exactly is meant by 'explosive remnants of war'?", 'glossary:ERW'],
    ["Could you explain 'land release' and how it differs from clearance?", 'glossary:land release'],
  ])('"%s" is the definition of the term', (q, id) => {
    const r = growing.ask(q);
    expect(r.kind, r.title).toBe('answer');
    expect(r.facts).toEqual([id]);
  });
  it('"what does it mean" after a quoted word asks what the word means, and a word the glossary lacks is said to be missing', () => {
    const r = growing.ask("In demining reports I see the word 'breacher'. What does it mean?");
    expect(r.kind).toBe('no-answer');
    expect(r.title).toBe('"breacher" is not in the glossary.');
    expect(growing.ask("In demining reports I see the word 'dud'. What does it mean?").facts[0]).toBe('glossary:UXO');
  });
});

describe('what the eighth and ninth writers asked', () => {
  it('thanks with what it helped with is small talk', () => {
    const r = growing.ask('Thank you, this was very helpful for my article.');
    expect(r.kind).toBe('help');
    expect(r.facts).toEqual([]);
  });
  it('"two thirds … cleared" asks for the share, not the area',
    answered(() => seed, 'Is it correct to write that about two thirds of the mined land in Cambodia has now been cleared?', 'cambodia-share-cleared', '63.8%'));
  it('"since the start of demining in 1992" is since 1992, not the year 1992',
    answered(() => seed, 'By mid-2024, what total area had been cleared since the start of demining in 1992?', 'cambodia-area-cleared', '3,000 km²'));
  it('"why did casualty numbers fall" asks for the reason, not the numbers',
    answered(() => growing, 'Why did casualty numbers fall in 2023, according to the authority?', 'casualty-drop-credited-to-clearance-and-awareness', 'credited'));
  it('mines and UXO asked together are answered by a figure of landmines and ERW',
    answered(() => seed, 'how much land is still contaminated with mines and uxo', 'cambodia-area-remaining', '1,700 km²'));
  it.each([
    ['a forecast asked after a comma', 'In your opinion, will Cambodia really meet the 2030 deadline?'],
    ['land cleared over the years for "how much land has mines and UXO" (a state)', 'how much land has mines and uxo'],
  ])('never gives %s: "%s"', (_what, q) => declined(() => growing, q)());
});

describe('what the ninth writer asked (programme staff, teachers, interns)', () => {
  it('numbers in words are figures: "seventeen hundred square kilometers"',
    answered(() => seed, 'I read that seventeen hundred square kilometers still need to be cleared.', 'cambodia-area-remaining', '1,700 km²'));
  it('a claim with a figure the fact base does not give is answered with the figure it does give',
    answered(() => seed, 'Our proposal states that roughly 2,500 km² is still to be cleared in Cambodia.', 'cambodia-area-remaining', '1,700 km²'));
  it('"FY2020" is the year 2020',
    answered(() => growing, 'How many people were killed by mines and UXO in FY2020?', 'people-killed-2020', '17'));
  it('"Q4 2023" is October to December, which no count covers: declined, not the count to early December',
    declined(() => growing, 'How many mine casualties were recorded in Q4 2023?'));
  it('"mine and UXO casualties" counts casualties, of both kinds',
    answered(() => growing, 'How many mine and UXO casualties did Preah Vihear have in 2020?', 'casualties-2020-preah-vihear', '12 mine and UXO casualties in Preah Vihear'));
  it('a change asked of a year leads with that year\'s change',
    answered(() => growing, 'Did casualties go up or down in 2020 compared with 2019?', 'casualties-change-2020', '16%'));
  it('a headline names what is counted once ("landmines and UXO", not twice)', () => {
    const r = growing.ask('how many mines and uxo did cmac remove with chinese funding in 2020');
    expect(r.facts[0]).toBe('cmac-china-ordnance-removed-2020');
    expect(r.title).toBe('9,238 landmines and UXO removed with Chinese help in 2020');
  });
  it.each([
    ['New intern here, sorry: what is ERW?', 'glossary:ERW'],
    ["What's the full name of JMAS?", 'glossary:JMAS'],
    ['For a mine-risk lesson: how is an anti-personnel mine different from an anti-tank mine?', 'glossary:anti-personnel mine'],
  ])('"%s" asks for a definition', (q, id) => {
    const r = seed.ask(q);
    expect(r.kind, r.title).toBe('answer');
    expect(r.facts).toEqual([id]);
  });
  it('"brief me on" a name is the summary of what the fact base holds about it', () => {
    const r = growing.ask('Brief me on APOPO.');
    expect(r.kind).toBe('answer');
    expect(r.title).toContain('APOPO');
    expect(r.facts).toEqual(expect.arrayContaining(['apopo-area-cleared-2021', 'apopo-staff-2022']));
  });
});

describe('more of what the eighth and ninth writers asked', () => {
  it('kinds joined by "and" are both asked: a figure of one of them does not answer',
    answered(() => growing, 'For the board slide: how many people were killed or hurt by mines and explosive remnants across Cambodia in two thousand twenty three?', 'casualties-2023', '32'));
  it('years named side by side are each answered',
    () => {
      const r = growing.ask('Compare the number of people injured in 2020 and in 2023.');
      expect(r.kind).toBe('answer');
      expect(r.facts).toEqual(expect.arrayContaining(['people-injured-2020', 'people-injured-2023']));
    });
  it('the year an event the fact tells of happened is its year ("signed in 2023")',
    answered(() => growing, 'NPA and CMAC signed a demining project in 2023. What\'s its budget?', 'npa-cmac-project-budget-2023', '2.1 million USD'));
  it('"only four people" says the number is small, not that the figure is of one kind',
    answered(() => growing, 'Is it true that only four people lost their lives to landmines and ERW in Cambodia in 2023?', 'people-killed-2023', '4 people killed'));
  it('"since the start of that year" is the count to date',
    answered(() => growing, 'As of 11 December 2023, how many casualties had been recorded since the start of that year?', 'casualties-2023-year-to-date', '31'));
  it('"year-on-year" is not "what year"',
    answered(() => growing, 'What year-on-year decrease in casualties did the CMAA spokesman announce in December 2023?', 'casualties-change-2023-year-to-date', '24%'));
  it('a misspelt number word is corrected and read ("ninteen ninety two")',
    answered(() => seed, 'how much has cambodia cleard since ninteen ninety two', 'cambodia-area-cleared', '3,000 km²'));
  it('how many of one unit make another is the unit\'s definition', () => {
    expect(growing.ask('How many hectares are there in one square kilometre?').facts).toEqual(['glossary:km²']);
    expect(seed.ask('How many square metres make one hectare?').facts).toEqual(['glossary:hectare']);
  });
  it('"in total, with all donors" is not the part done with one partner', declined(() => growing, 'In total, with all donors, how much land did CMAC clear in 2020?'));
});

describe('what the tenth writer asked', () => {
  it.each([
    ['a superlative after "the" is a ranking', 'Is Cambodia the worst mine-affected country in the world?'],
    ['a change stated for 2020 does not answer "2020 to 2021"', 'percentage change in casualties 2020 to 2021'],
  ])('%s: "%s" is declined', (_what, q) => {
    declined(() => seed, q)();
    declined(() => growing, q)();
  });
  it('"when is X expected to" asks for a target year: a base without one says so, a base with one gives it', () => {
    declined(() => seed, 'When is Cambodia expected to be totally free of mines?')();
    expect(growing.ask('When is Cambodia expected to be totally free of mines?').facts[0]).toBe('mine-free-target-2030');
  });
  it('"is it true that X went down" is answered with figures of the change, not a statement', () => {
    const r = growing.ask('Is it true that mine casualties went down in 2023?');
    expect(r.kind).toBe('answer');
    expect(['casualties-change-2023', 'casualties-2023']).toContain(r.facts[0]);
    expect(r.facts).not.toContain('casualty-drop-credited-to-clearance-and-awareness');
  });
  it.each([
    ['jmas = ? who are they', 'glossary:JMAS'],
    ['Sorry for basic question. Demining, what does it mean exactly?', 'glossary:demining'],
  ])('"%s" asks for a definition', (q, id) => {
    expect(seed.ask(q).facts).toEqual([id]);
  });
  it('"when a province is called mine-free, what does that mean" asks what mine-free means', () => {
    expect(growing.ask('When a province is called mine-free, what does that mean exactly?').facts).toEqual(['glossary:mine-free']);
  });
  it('"the Vietnam War" is a time, not the place asked about',
    answered(() => growing, 'how many us bombs got dropped on cambodia during the vietnam war', 'us-bombs-dropped-1965-1973', '230,516'));
  it('a claimed figure is checked against the fact base\'s own',
    answered(() => growing, 'heard casualties were 41 in 2023?', 'casualties-2023', '32'));
  it('a number with a unit is not a year ("2000 km2")',
    answered(() => seed, "pretty sure it's like 2000 km2 still to go", 'cambodia-area-remaining', '1,700 km²'));
});

describe('what a reviewer tried against this round\'s rules (each went wrong in a draft)', () => {
  it.each([
    ['a running total for "in 1992, when it started"', 'How many AP mines did CMAC destroy in 1992, when it started?'],
    ['a definition for "the difference between 2022 and 2023 casualties"', 'what is the difference between 2022 and 2023 casualties?'],
    ['a figure of one partner\'s part for "in total, with all donors"', 'In total, with all donors, how much land did CMAC clear in 2020?'],
  ])('never gives %s', (_what, q) => {
    const r = growing.ask(q);
    expect(r.kind, r.title).not.toBe('answer');
    expect(r.title).not.toContain('glossary');
  });
  it('a request for help with a figure is not small talk', () => {
    expect(growing.ask('help me with the 2023 casualties').kind).not.toBe('help');
  });
  it('"will you give me …" is a request, not a forecast',
    answered(() => seed, 'ok, will you give me the land left to clear', 'cambodia-area-remaining', '1,700 km²'));
  it('"two thousand five hundred" is 2500, not the year 2005', () => {
    expect(prepare('two thousand five hundred hectares')).toContain('2500');
  });
  it('"in 2020 and 2023" names two years, newest first; "between 2020 and 2023" one span', () => {
    expect(growing.ask('how many people were injured in 2020 and 2023').facts.slice(0, 2)).toEqual(['people-injured-2023', 'people-injured-2020']);
    declined(() => growing, 'how many people were injured between 2020 and 2023')();
  });
  it('a JMAS figure done with CMAC is JMAS\'s total where JMAS has no figure of its own',
    answered(() => seed, 'In total, how many anti-personnel mines has JMAS destroyed, all told?', 'jmas-cmac-ap-mines-destroyed', '20,000'));
});

describe('the occasion and the speaker', () => {
  it('"at the meeting" is when; what was asked is the answer',
    answered(() => seed, "what was hun manet's ask of jmas at the meeting", 'pm-asks-jmas-to-expand-cooperation', 'asked JMAS'));
  it('"when he met the PM" is when; what he praised is the answer',
    answered(() => seed, 'what did yamazaki praise when he met the prime minister', 'yamazaki-praises-cooperation-and-victim-assistance', 'praised'));
  it('a speaker the fact base has never named is no one it quotes', () => {
    const r = seed.ask('what did the japanese ambassador say about demining');
    expect(r.kind).toBe('no-answer');
    expect(r.title).toContain('I do not know that name');
  });
});

describe('two questions in one', () => {
  it('"how many were killed and how many injured in 2023" gets both figures, each of 2023', () => {
    const r = growing.ask('How many were killed and how many injured in 2023?');
    expect(r.kind).toBe('answer');
    expect(r.facts).toEqual(['people-killed-2023', 'people-injured-2023']);
    expect(r.title).toContain('4 people killed');
    expect(r.title).toContain('18 people injured');
  });
  it('"since 1992" stays with its own clause: what is left is not "since 1992"', () => {
    expect(seed.ask('How much land has been cleared since 1992 and how much still remains?').facts).toEqual(['cambodia-area-cleared', 'cambodia-area-remaining']);
  });
  it('"they" in the second question names the doers of the first', () => {
    expect(seed.ask('How many hectares did JMAS and CMAC clear, and how many anti-personnel mines did they destroy?').facts)
      .toEqual(['jmas-cmac-area-cleared', 'jmas-cmac-ap-mines-destroyed']);
  });
  it('a part the fact base cannot answer is said to be missing, and the other part is answered', () => {
    const r = growing.ask('how many killed in 2023 and how many in 2099');
    expect(r.facts).toEqual(['people-killed-2023']);
    expect(r.body).toContain('no figure for the other part of the question');
  });
});

describe('what the eleventh writer tried (near misses)', () => {
  it.each([
    ['land released through survey for land cleared', 'how much land was released through survey rather than cleared?', () => seed],
    ['bombs dropped for bombs that did not explode', "how many of the US bombs didn't explode", () => growing],
  ])('never gives %s', (_what, q, engine) => declined(engine, q)());
  it('"wats the X" asks what X is', () => {
    expect(growing.ask('wats the ottawa treaty').facts).toEqual(['glossary:APMBC']);
  });
});

describe('a longer message: the sentence that asks, and the ones around it', () => {
  it('a sentence saying why it is asked does not weigh against the answer ("annual" and "putting together" in it ask for no rate or total)',
    answered(() => seed, "We're putting together the annual newsletter. How much ground does Cambodia still need to clear?", 'cambodia-area-remaining', '1,700 km²'));
  it('a word no dictionary has, in lower case in a sentence that does not ask, is no name the question is about',
    answered(() => seed, 'how many AP mines did JMAS destroy with CMAC? need it for an infographic', 'jmas-cmac-ap-mines-destroyed', '20,000'));
  it('a capitalised place the fact base lacks still declines, wherever it is said', declined(() => seed, 'Our team works in Bangladesh. How much land is still mined?'));
  it('"not the total, only deaths" rules out the total, and "only" next to no kind narrows no scope',
    answered(() => growing, 'how many people lost their lives to mines in 2023? not the casualty total, only deaths', 'people-killed-2023', '4 people killed'));
  it('"as opposed to killed" rules out the killed',
    answered(() => growing, 'how many were hurt (as opposed to killed) by mines in 2020', 'people-injured-2020', '36 people injured'));
  it('a measure named only in a sentence around the question is not asked for',
    answered(() => growing, "How many were injured by mines since 1979? I've already got the deaths.", 'people-injured-since-1979', '45,215'));
  it('a question about "that" asks about the sentence before it', () => {
    const r = growing.ask('A film script says 19,822 people died from mines since 1979. Does that match the records?');
    expect(r.facts).toEqual(['people-killed-since-1979']);
  });
  it('"when is X expected to" keeps X: a province the target is not of declines', declined(() => growing, 'When is Battambang expected to be mine-free?'));
  it('a year said only around the question is what the writer has, not what is asked',
    declined(() => growing, "How many people were injured by mines in 2022? I've got the 2023 figure already."));
  it('a kind of figure said only around the question is not the kind asked for',
    declined(() => growing, 'How much land has the NPA-CMAC project cleared? I know what it costs, I need the hectares.'));
  it('the words before a question asked inside a sentence, about the writer, say why it is asked',
    answered(() => seed, "we're drafting the donor brief and need to know how much land Cambodia has left to clear", 'cambodia-area-remaining', '1,700 km²'));
  it('the words before it that say what is asked about still count ("of the land known to be mined")',
    answered(() => seed, 'Of the land known to be mined, how much has been cleared?', 'cambodia-area-cleared', '3,000 km²'));
  it('a request with nothing the fact base knows in it asks nothing of its own', () => {
    expect(seed.ask('How many hectares had JMAS and CMAC cleared by July 2024? សុំលេខច្បាស់ៗ').facts).toEqual(['jmas-cmac-area-cleared']);
  });
});

describe('a definition asked inside a longer sentence', () => {
  it.each([
    ['after an apology', 'apologies if this is basic, but what does ERW stand for?', 'glossary:ERW'],
    ['as an embedded question', 'could someone remind me what JMAS is', 'glossary:JMAS'],
    ['with what it is opposed to', "what's an anti-tank mine as opposed to an anti-personnel one?", 'glossary:anti-tank mine'],
    ['with a second question about "it"', 'what is an anti-personnel mine and why is it so hard to find?', 'glossary:anti-personnel mine'],
    ['with a dash and a second question', 'What is CMAC - is that a government body?', 'glossary:CMAC'],
    ['as "how would you define"', 'For our handbook: how would you define ERW in plain words?', 'glossary:ERW'],
  ])('%s', (_how, q, term) => {
    expect(seed.ask(q).facts).toEqual([term]);
  });
});

describe('a fact base grown with facts that have no phrasings (test/fixtures/third)', () => {
  let third: Engine;
  beforeAll(async () => {
    third = await engineFor(fileURLToPath(new URL('./fixtures/third', import.meta.url)));
  });
  it('what a national authority counts in its country is the country\'s figure',
    answered(() => third, 'How many risk education sessions took place in Cambodia?', 'cambodia-mre-sessions-2022', '16,000'));
  it('a word of another figure\'s topic ("received") is no other measure when the question names this one\'s',
    answered(() => third, 'how many people received mine risk education in 2022', 'cambodia-mre-people-reached-2022', '590,000'));
  it('an operator\'s figure is still not the country\'s', declined(() => seed, 'how many mines have been destroyed in Cambodia'));

  it('two donors\' words for one measure ("contributed", "given") tell neither apart',
    answered(() => third, 'how much did Australia contribute to mine action in Cambodia', 'australia-funding-cambodia-2022', '5.2 million'));
  it('"record" as a verb is no record', answered(() => third, 'How many landmine casualties does Cambodia record now?', 'cambodia-casualties-2023', '39'));
  it.each([
    'how many people were killed by mines in 2023',
    'how many people died from landmines in 2023',
    'how many were hurt by mines in cambodia in 2022',
  ])('a count of casualties or of survivors helped is no count of the killed or the injured: "%s"', (q) => declined(() => third, q)());
  it('"killed or injured" is a casualty', answered(() => third, 'how many people were killed or injured by mines in 2023', 'cambodia-casualties-2023', '39'));
});

describe('a fact base with series over years and provinces (test/fixtures/fourth)', () => {
  let fourth: Engine;
  beforeAll(async () => {
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
  });
  it('"province" next to a province\'s name says what kind of place it is',
    answered(() => fourth, 'How much land is still to be cleared in Pailin province?', 'pailin-area-remaining-2023', '57.9 km²'));
  it('"province" is no province when no province is named with it', declined(() => seed, 'how many mines has JMAS destroyed around the world, in every country'));
  it('facts of one measure share the words that name it: one province\'s phrasing serves another\'s',
    answered(() => fourth, 'oddar meanchey contamination left', 'oddar-meanchey-area-remaining-2023', '196.4 km²'));
  it('what was spent is not the budget', declined(() => fourth, 'how much of the CFR phase IV budget has been spent so far?'));
  it('"how has X changed since 2018" gives each year\'s figure from 2018 on, newest first', () => {
    const r = fourth.ask('how has the casualty count moved since 2018?');
    expect(r.kind, r.title).toBe('answer');
    expect(r.facts).toEqual(['cambodia-casualties-2023', 'cambodia-casualties-2022', 'cambodia-casualties-2021', 'cambodia-casualties-2020', 'cambodia-casualties-2019', 'cambodia-casualties-2018']);
  });
  it('"year by year" asks for the series', () => {
    expect(fourth.ask('land release, year by year since 2019').facts).toHaveLength(5);
  });
  it('children are not everyone: a count of all the injured is no count of injured children', declined(() => fourth, 'how many kids were wounded by mines in 2023?'));
  it.each(['thank u', 'who made this bot'])('"%s" is small talk, answered with help', (q) => {
    expect(fourth.ask(q).kind).toBe('help');
  });
  it('"what does X mean in mine action" asks what X is, and a term the glossary lacks says so', () => {
    const r = fourth.ask('what does SHA mean in mine action?');
    expect(r.kind).toBe('no-answer');
    expect(r.title).toContain('not in the glossary');
  });
});

describe('the date of a beginning', () => {
  it('"when did X start" asks a date no statement of what X later did gives', declined(() => seed, 'When did JMAS first begin operating in Cambodia?'));
  it('... in Khmer too', () => {
    expect(seed.ask('JMAS ចាប់ផ្ដើមធ្វើការនៅកម្ពុជាតាំងពីឆ្នាំណា?').kind).not.toBe('answer');
  });
});

describe('a date ruled out', () => {
  it('"not 2020" is no year asked about', declined(() => growing, 'Battambang casualties for 2023, not 2020'));
});

describe('a share worked out from two facts', () => {
  let third: Engine;
  beforeAll(async () => {
    third = await engineFor(fileURLToPath(new URL('./fixtures/third', import.meta.url)));
  });
  it('the share of one kind in all the land still contaminated, from the two figures', () => {
    const r = growing.ask('What portion of the land that is still contaminated comes from cluster munitions?');
    expect(r.kind).toBe('answer');
    expect(r.facts).toEqual(['area-contaminated-cluster-munitions-2025', 'area-contaminated-total-2025']);
    expect(r.title).toMatch(/^about 40\.1%: 681 km² still contaminated by cluster munitions, of 1,697 km²/u);
    // Both figures are shown with their sources.
    expect(r.items.map((i) => i.quotes[0]?.citation.url)).toEqual([expect.stringMatching(/^https:\/\//u), expect.stringMatching(/^https:\/\//u)]);
  });
  it('one province\'s share of a year\'s count', () => {
    const r = growing.ask('what percent of the 2020 casualties happened in Battambang province?');
    expect(r.facts).toEqual(['casualties-2020-battambang', 'casualties-2020']);
    expect(r.title).toMatch(/^about 29\.2%: 19 /u);
  });
  it('a province the base has no figure for, or an unknown place, is declined', declined(() => growing, 'what percent of the 2020 casualties happened in Kampot?'));
  it('a place no fact names is declined', declined(() => growing, 'what % of 2020 casualties were in Vientiane'));
  it('a part of another year is not set against the whole', declined(() => growing, 'what share of the 2023 casualties were in battambang'));
  it('a part that is another measure is not set against the whole', declined(() => growing, 'what share of the 2020 casualties were children'));
  it('the whole said first ("of all the 2020 casualties, what percentage ...")', () => {
    const r = growing.ask('of all the casualties in 2020, what percentage happened in Pursat?');
    expect(r.facts).toEqual(['casualties-2020-pursat', 'casualties-2020']);
    expect(r.title).toMatch(/^about 15\.4%/u);
  });
  // What a hostile reviewer tried (each printed a percentage that did not answer it in a draft).
  it('a part set aside ("anything but landmines") is no one fact', declined(() => growing, 'what share of the land still contaminated in 2025 is anything but landmines?'));
  it('"other than" is no one fact either', declined(() => growing, 'what share of 2020 casualties were anywhere other than Battambang?'));
  it('a word that narrows the whole and no figure has is not dropped', declined(() => growing, 'what share of casualties in the northwest in 2020 were in Pailin?'));
  it('a word that narrows the part and no figure has is not dropped', declined(() => growing, 'what share of casualties in 2020 were in Battambang town?'));
  it('a year that is not the figures\' own is not dropped', declined(() => growing, 'what share of 2020 casualties were in Battambang in 2019?'));
  it('one donor\'s money is not the whole of everyone\'s', declined(() => third, 'what share of donor funding in 2022 came from Australia?'));
});

describe('a change between two dates', () => {
  let fourth: Engine;
  let fifth: Engine;
  let sixth: Engine;
  beforeAll(async () => {
    const base = (b: string) => engineFor(fileURLToPath(new URL(`./fixtures/${b}`, import.meta.url)));
    [fourth, fifth, sixth] = [await base('fourth'), await base('fifth'), await base('sixth')];
  });
  it('"how has it changed" says how far it moved, worked out from the oldest and newest figures', () => {
    const r = growing.ask('how has the landmine contaminated area changed');
    expect(r.kind).toBe('answer');
    expect(r.body).toContain('From 533 km² (14 March 2024) to 469 km² (6 March 2025): down 64 km² (12%)');
  });
  it('a change asked between two years gives the figures of that span', () => {
    const r = growing.ask('change in the landmine contaminated area from 2024 to 2025');
    expect(r.facts).toEqual(['area-contaminated-landmines-2025', 'area-contaminated-landmines-2024']);
  });
  it('a year\'s count against another: whole years only, not the count to December', () => {
    const r = growing.ask('how did the casualties change between 2019 and 2023');
    expect(r.body).toContain('From 77 (2019) to 32 (2023): down 45 (58.4%)');
  });
  it('a change stated against 2022 does not answer a change from 2020', () => {
    const r = growing.ask('how much did casualties drop from 2020 to 2023');
    expect(r.facts).not.toContain('casualties-change-2023');
  });
  // What a hostile reviewer tried (review16; each printed a misleading change in a draft).
  it('a change of a running total is not worked out from each year\'s count', declined(() => growing, 'did the number of people killed since 1979 grow between 2020 and 2023?'));
  it('a change of a yearly count is not worked out from a running total', declined(() => fifth, 'did annual peacekeeper deployments grow between 2019 and 2023?'));
  it('one year\'s figure alone is no change', declined(() => sixth, 'did the UK\'s funding grow between 1993 and 2025?'));
  it('two sources\' figures of one date are no change', declined(() => sixth, 'did India\'s grant for Koh Kong grow between 2022 and 2024?'));
  it('one kind\'s figures are no change of all of it', declined(() => growing, 'how did the area still contaminated change between 2024 and 2025?'));
  it('a change stated from the span\'s first year is the answer, and nothing outside the span', () => {
    expect(growing.ask('did casualties fall between 2019 and 2020').facts).toEqual(['casualties-change-2020']);
  });
  it('a plan\'s years in its name are no change asked', () => {
    expect(fourth.ask('what share of the NMAS 2018-2025 cost was funded?').facts).toEqual(['nmas-2018-2025-share-funded']);
  });
  it('something set aside is never dropped with the words of a sum', declined(() => growing, 'killed plus injured since 1979, not including 2023: the combined toll?'));
  it('a figure of two kinds together is no earlier figure of one of them', () => {
    const r = growing.ask('how has the cluster munition contaminated area changed');
    expect(r.facts).not.toContain('area-contaminated-cluster-and-erw-2024');
  });
});

describe('a short question, then why it is asked', () => {
  it('"hectares still to clear?? putting it in the donor newsletter tmrw" asks only its first sentence',
    answered(() => seed, 'hectares still to clear?? putting it in the donor newsletter tmrw', 'cambodia-area-remaining', '1,700 km²'));
});

describe('a term asked in other words', () => {
  it('"released land" is the glossary\'s "land release"', () => {
    expect(growing.ask('what does released land mean?').facts).toEqual(['glossary:land release']);
  });
  it('"is X the same thing as Y" asks what X is', () => {
    expect(growing.ask('is released land the same as land that was cleared?').facts).toEqual(['glossary:land release']);
  });
});

describe('asked where, of a statement that names no place', () => {
  it('"which provinces did JMAS put up schools in" is not answered by a statement that says "some provinces"', declined(() => seed, 'in what provinces has JMAS put up schools?'));
  it('the same asked "where"', declined(() => seed, 'where has jmas been building schools?'));
  it('a statement that names the place still answers "where"', () => {
    expect(seed.ask('which city hosted the talks between manet and the jmas head?').facts[0]).toBe('manet-yamazaki-meeting');
  });
});

describe('what the thirty-first writer asked (each missed before)', () => {
  let fifth: Engine;
  beforeAll(async () => {
    fifth = await engineFor(fileURLToPath(new URL('./fixtures/fifth', import.meta.url)));
  });
  it('"for our donor report" is what the figure is needed for, not what it is of',
    answered(() => growing, 'national casualty total for 2022 for our donor report please', 'casualties-2022', '41 mine and ERW casualties'));
  // What a hostile reviewer tried (review18; each went wrong in a draft).
  it('"for the HALO report" keeps HALO: only "for our/my/a ... report" is the writer\'s', () => {
    expect(growing.ask('land cleared for the HALO report').facts[0]).toMatch(/^halo-/u);
  });
  it('"will Cambodia be mine-free on deadline" is still a question of a forecast', () => {
    expect(growing.ask('will Cambodia be mine-free on deadline?').kind).not.toBe('answer');
  });
  it('"machines operated by CMAC" counts machines, not the operating', () => {
    expect(fifth.ask('machines operated by CMAC').facts[0]).toMatch(/machine/u);
  });
  it('"deminers trained" in a few words is still the figure that counts deminers trained', () => {
    expect(fifth.ask('deminers trained').facts[0]).toBe('cmac-ukrainian-deminers-trained-2024-08');
  });
  it('"on deadline" is the writer\'s hurry, not a deadline asked about', () => {
    expect(growing.ask('on deadline!! killed plus injured since 1979, combined total pls').facts).toEqual(['people-killed-since-1979', 'people-injured-since-1979']);
  });
});

describe('a kind broader than the figures\' own', () => {
  it('"landmines HALO destroyed in 2022" gives the anti-personnel and the anti-tank figures together, not one as if all', () => {
    expect(growing.ask('landmines HALO destroyed in 2022?').facts).toEqual(['halo-ap-mines-destroyed-2022', 'halo-at-mines-destroyed-2022']);
  });
  it('a narrower kind named is that kind alone', () => {
    expect(growing.ask('anti-tank mines HALO destroyed in 2022?').facts).toEqual(['halo-at-mines-destroyed-2022']);
  });
});

describe('what a reviewer tried against the readings of kinds, shares and terms (review17; each went wrong in a draft)', () => {
  it('"how many explosions in 2023" is not answered with casualties of each kind', () => {
    expect(growing.ask('how many explosions in 2023?').facts).not.toContain('landmine-casualties-2023-year-to-date');
  });
  it('"landmines or cluster munitions land, which is more" still gives each kind\'s figure', () => {
    expect(growing.ask('landmines or cluster munitions land in 2025, which is more?').facts).toEqual(['area-contaminated-landmines-2025', 'area-contaminated-cluster-munitions-2025']);
  });
  it('"HALO or MAG land cleared" still gives each one\'s figure', () => {
    expect(growing.ask('HALO or MAG land cleared, which is more?').facts).toEqual(['halo-area-cleared-since-1991-2023', 'mag-area-cleared-since-1992']);
  });
  it('a share of a whole whose number the question gets wrong is not worked out', declined(() => growing, 'of the 100 casualties in 2020, what share were in Pursat?'));
  it('"are casualties the same as last year" asks for figures, not what a casualty is', () => {
    expect(growing.ask('are casualties the same as last year?').facts).not.toContain('glossary:casualty');
  });
  it('a question that takes its subject from the sentence before keeps it', () => {
    expect(growing.ask('I\'m writing about HALO in 2022. How many mines?').facts[0]).toMatch(/^halo-/u);
  });
});

describe('a sum asked in the words of the sum', () => {
  let fourth: Engine;
  beforeAll(async () => {
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
  });
  it('kinds of thing that do not overlap, at one date, are added up: "landmines plus cluster munitions and other ERW"', () => {
    const r = growing.ask('in march 2024, landmine land plus cluster munitions and other ERW land, added up?');
    expect(r.facts).toEqual(['area-contaminated-landmines-2024', 'area-contaminated-cluster-and-erw-2024', 'asked-sum']);
    expect(r.items[2]?.headline).toMatch(/^1,854 km²/u);
  });
  it('"anti-personnel plus anti-tank mines": the first kind shares the second\'s noun', () => {
    const r = growing.ask('anti-personnel plus anti-tank mines destroyed by HALO in 2022, what\'s the sum?');
    expect(r.facts).toEqual(['halo-ap-mines-destroyed-2022', 'halo-at-mines-destroyed-2022', 'asked-sum']);
  });
  it('"the combined toll" of the killed and the injured gives both figures', () => {
    const r = growing.ask('dead plus wounded since 1979: combined toll?');
    expect(r.kind).toBe('answer');
    expect(r.facts).toEqual(['people-killed-since-1979', 'people-injured-since-1979']);
  });
  it('a group named before the sum is kept: the children among them are not all the killed', declined(() => growing, 'how many children killed plus injured since 1979, combined toll?'));
  it('what two different things count is not put side by side as one sum', () => {
    expect(growing.ask('total killed plus destroyed in 2020').kind).not.toBe('answer');
  });
  it('"children killed in 2023", a group no figure counts, is declined, not all the killed', declined(() => growing, 'children killed in 2023'));
  it('"have any deminers been hurt or killed in 2023?" asks as "how many deminers" does: not all the casualties', () => {
    expect(fourth.ask('have any deminers been hurt or killed in 2023?').facts).not.toContain('cambodia-casualties-2023');
  });
});

describe('what a reviewer tried against this session\'s rules (each went wrong in a draft)', () => {
  let third: Engine;
  let fourth: Engine;
  beforeAll(async () => {
    third = await engineFor(fileURLToPath(new URL('./fixtures/third', import.meta.url)));
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
  });
  it('a year ruled out is no answer, and the newest figure of another year is',
    answered(() => growing, 'how many casualties were there, not 2023?', 'casualties-2022', '41'));
  it('a year ruled out, with no other figure, declines', declined(() => seed, 'how much land is left to clear, not 2024'));
  it('a fragment narrows the question: "Only landmines."',
    answered(() => growing, 'Only landmines. How much land is still contaminated?', 'area-contaminated-landmines-2025', '469 km²'));
  it('a fragment narrows the measure: "Just deaths."', answered(() => growing, 'How many casualties in 2023? Just deaths.', 'people-killed-2023', '4 people killed'));
  it('a correction replaces the year', answered(() => growing, 'How many casualties were there in 2023? Sorry, I meant 2022.', 'casualties-2022', '41'));
  it('a year around the question is not the one asked: "the latest"',
    answered(() => growing, 'We published our 2022 report. What is the latest casualty figure?', 'casualties-2023', '32'));
  it('a year of the writer\'s own story is not the one asked',
    answered(() => growing, 'My father was injured in 1985. How many people have been injured?', 'people-injured-since-1979', '45,215'));
  it('"CMAC clear alone" asks for CMAC\'s own work, which no figure gives', declined(() => growing, 'How much land did CMAC clear alone in 2020?'));
  it('"provinces that are not mine-free" is no figure of provinces still being cleared', declined(() => growing, 'How many provinces are not mine-free?'));
  it('"landmine survivors" counts survivors, not landmines', declined(() => third, 'how many landmines did the Authority find?'));
  it('a province\'s target is not the country\'s', declined(() => fourth, 'When will Cambodia be mine-free?'));
  it.each([
    ['"I know what X is, but what is Y" asks about Y', 'I know what UXO is, but what is ERW?', 'glossary:ERW'],
    ['"everyone asks what X is" asks nothing of X', 'Everyone asks what demining is. How much land has been cleared?', 'cambodia-area-cleared'],
    ['"what is X and how many ..." asks the figure', 'what is JMAS and how many mines did it destroy?', 'jmas-cmac-ap-mines-destroyed'],
  ])('%s', (_what, q, fact) => {
    expect(seed.ask(q).facts).toEqual([fact]);
  });
  it('"tell me what the casualty figure is" asks for the figure, not a term', () => {
    expect(growing.ask('Can you tell me what the casualty figure is?').facts[0]).toBe('casualties-2023');
  });
  it('"as opposed to" another organisation rules it out rather than asking for it',
    answered(() => growing, 'how many deminers does HALO have, as opposed to APOPO?', 'halo-deminers-2022', '1,130'));
  it('"Not anti-personnel." rules out the kind', answered(() => growing, 'How many mines has CMAC destroyed? Not anti-personnel.', 'cmac-at-mines-destroyed-since-1992', '11,430'));
  it('the full stops of "ព.ស." end no sentence: the year stays with the question', () => {
    expect(seed.ask('នៅឆ្នាំ ព.ស. ២៥៥៤ តើកម្ពុជានៅសល់ដីមានមីនប៉ុន្មាន?').kind).not.toBe('answer');
  });
});

describe('hostile input to this round\'s readings', () => {
  it.each([
    ['two questions, over and over', 'how many mines and how many '.repeat(20).slice(0, 500)],
    ['quotes asking for a meaning, over and over', "what does 'a' mean ".repeat(30).slice(0, 500)],
    ['number words, over and over', 'two thousand five hundred '.repeat(20).slice(0, 500)],
    ['terms with "= ?", over and over', 'jmas = ? '.repeat(60).slice(0, 500)],
    ['periods, over and over', 'q4 2023 fy22 h1 2024 '.repeat(25).slice(0, 500)],
    ['a Khmer opening clause with nothing after it', 'ពេល '.repeat(150).slice(0, 500)],
    ['Khmer number words with nothing to count', 'មួយពាន់'.repeat(60).slice(0, 480)],
    ['many short sentences', 'Why? Not that. '.repeat(40).slice(0, 500)],
    ['a definition inside a sentence, over and over', 'sorry but what does jmas stand for and what is it '.repeat(12).slice(0, 500)],
    ['comparisons, over and over', 'were there more casualties in 2019 or 2020 '.repeat(12).slice(0, 500)],
    ['sums, over and over', 'killed plus injured together '.repeat(18).slice(0, 500)],
    ['"than", over and over', 'fewer casualties in 2023 than in 2022 '.repeat(14).slice(0, 500)],
    ['quoted terms asked about, over and over', "'x' does that mean ".repeat(26).slice(0, 500)],
  ])('%s gets a well-formed reply', (_what, q) => {
    for (const engine of [seed, growing]) {
      const r = engine.ask(q);
      expect(['answer', 'no-answer', 'help', 'error']).toContain(r.kind);
      expect(r.title.length).toBeGreaterThan(0);
    }
  });
});

describe('what the sixteenth writer asked (comparisons, figure checks, everyday words)', () => {
  let fourth: Engine;
  beforeAll(async () => {
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
  });
  it('a word only a phrasing of one measure uses, that another measure is named by, asks for that other measure', () => {
    // The 2020 casualties were taught "people hurt"; the injured of 2022 and 2023 are their own measure.
    declined(() => fourth, 'how many were injured in 2020')();
    answered(() => fourth, 'most recent number of people injured by mines/uxo?', 'cambodia-casualties-injured-2023', '28')();
  });
  it('a province\'s figure is narrower than its country\'s: a figure to check for a year gets the national one',
    answered(() => growing, 'i read 56 mine casualties for 2020, is that right?', 'casualties-2020', '65'));
  it('"how many separate accidents" counts accidents', answered(() => growing, 'how many separate explosive accidents (incidents, not victims) happened in 2023?', 'accidents-2023', '29'));
  it('"how many individual volunteers" counts volunteers, which no figure does', declined(() => growing, "how many individual volunteers are in cmac's network?"));
  it.each([
    ["what's UXO mean exactly", 'UXO'],
    ["what is 'land release' in demining lingo?", 'land release'],
    ["when they say a province is 'mine-free' does that mean zero mines?", 'mine-free'],
  ])('"%s" asks what a term means', (q, term) => {
    expect(growing.ask(q).facts[0]).toBe(`glossary:${term}`);
  });
  it('"per the March 2025 numbers" says whose figures, not a rate', () => {
    const r = growing.ask('how much land is left with cluster bombs per the march 2025 numbers');
    expect(r.facts[0]).toBe('area-contaminated-cluster-munitions-2025');
  });
  it('"more A or B" gives both figures, side by side', () => {
    const r = growing.ask('is there more land left with cluster bombs or with landmines, per the march 2025 numbers?');
    expect(r.kind).toBe('answer');
    expect(r.facts.slice(0, 2)).toEqual(['area-contaminated-cluster-munitions-2025', 'area-contaminated-landmines-2025']);
    expect(r.title).toContain('681 km²');
    expect(r.title).toContain('469 km²');
  });
  it('"who did more, A or B" gives what each did', () => {
    const r = growing.ask("who's destroyed more cluster bombs, cmac or mag?");
    expect(r.facts.slice(0, 2)).toEqual(['cmac-cluster-bombs-destroyed-since-1992', 'mag-cluster-bombs-destroyed-since-1992']);
  });
  it('two years compared, when both are known', () => {
    expect(growing.ask('were there more casualties in 2019 or 2020?').facts).toEqual(['casualties-2019', 'casualties-2020']);
  });
  it('a comparison with one side the fact base lacks is not answered with both', () => {
    expect(growing.ask('were there more casualties in 2018 or 2020?').facts).not.toContain('casualties-2019');
  });
});

describe('a fact base on measures no other base has (test/fixtures/fifth)', () => {
  let fifth: Engine;
  beforeAll(async () => {
    fifth = await engineFor(fileURLToPath(new URL('./fixtures/fifth', import.meta.url)));
  });
  it('"female" is "women"', answered(() => fifth, 'How many female deminers were working in Cambodia in 2022?', 'cambodia-women-deminers-2022', '722'));
  it('"when did X sign" is answered by the year it was signed, with a treaty named only in a sentence',
    answered(() => fifth, 'When did Cambodia sign the Ottawa Convention?', 'cambodia-mine-ban-treaty-signed', '1997'));
  it('"the government" is the Royal Government of Cambodia, whose money is the country\'s',
    answered(() => fifth, 'how much did the government chip in for mine action in 2017?', 'cambodia-national-contribution-2017', '3.3 million'));
  it('a place in the name of what is counted is covered: "Ukrainian deminers"',
    answered(() => fifth, 'How many Ukrainian deminers did CMAC train in January 2023?', 'cmac-ukrainian-deminers-trained-2023-01', '15'));
  it('an organisation the figure\'s own name gives is covered: "UN missions"',
    answered(() => fifth, 'How many Cambodian personnel had served with the UN by November 2022?', 'cambodia-peacekeepers-deployed-2022-11', '8,302'));
  it('all the peacekeepers, not the women among them', () => {
    answered(() => fifth, 'peacekeepers total aug 2019', 'cambodia-peacekeepers-deployed-2019-08', '6,278')();
    answered(() => fifth, 'how many women has Cambodia sent as UN peacekeepers?', 'cambodia-women-peacekeepers-2023-05', '692')();
  });
  it('donations are not what was spent: a word of money stays a word of what is measured', () => {
    const r = fifth.ask('techo donations');
    expect(r.facts[0]).toBe('techo-project-donations-2022-11');
    expect(r.title).toContain('18 million');
  });
  it('a count of Ukrainian deminers trained does not answer how many deminers CMAC employs', declined(() => fifth, 'How many deminers does CMAC employ?'));
  it('"mine clearance" names the work, not a kind of thing the figure must be of',
    answered(() => fifth, 'How many people benefited from mine clearance between 1992 and 2022?', 'cambodia-people-benefited-2022', '9,000,000'));
  it('"centre" is no name of CMAC: a rehabilitation centre\'s limbs are asked of, not CMAC\'s', () => {
    expect(fifth.ask('how many prosthetic limbs were fitted at rehabilitation centres in 2023').facts[0]).toBe('cambodia-prosthetic-limbs-2023');
  });
});

describe('a sixth fact base, grown on measures no other base has (test/fixtures/sixth)', () => {
  let sixth: Engine;
  beforeAll(async () => {
    sixth = await engineFor(fileURLToPath(new URL('./fixtures/sixth', import.meta.url)));
  });
  it('an "annual" budget is the newest year\'s', answered(() => sixth, "whats cmac's annual budget", 'cmac-budget-2018', '18 million'));
  it('an average per year is not one year\'s figure', declined(() => sixth, "what is cmac's budget per year on average"));
  it('"who declared X" is told by a fact whose sentence names who did, and a government\'s act in its province is the province\'s', () => {
    const r = sixth.ask('Who actually declared Kampong Speu mine-free — was it the PM himself?');
    expect(r.facts[0]).toBe('kampong-speu-declared-mine-free');
  });
  it('asked without naming a kind, the figure of all kinds answers and each kind\'s is named', () => {
    const r = growing.ask('km2 still contaminated march 2025');
    expect(r.kind).toBe('answer');
    expect(r.facts[0]).toBe('area-contaminated-total-2025');
    expect(r.title).toContain('1,697 km²');
  });
  it('a figure being checked keeps the kind it is of', () => {
    expect(growing.ask('469 km2 of mined land in 2025 - how many hectares is that?').facts[0]).toBe('area-contaminated-landmines-2025');
  });
});

describe('two figures asked for together', () => {
  it('"killed plus injured" gives both figures; the bot adds up only what cannot overlap', () => {
    const r = growing.ask('total killed plus injured since 1979 — what do the two add up to?');
    expect(r.kind).toBe('answer');
    expect(r.facts).toEqual(['people-killed-since-1979', 'people-injured-since-1979']);
  });
  it('one measure over two separate years is added up, worked out as a derivation', () => {
    const r = growing.ask('casualties in 2019 and 2020 together');
    expect(r.facts).toEqual(['casualties-2019', 'casualties-2020', 'asked-sum']);
    expect(r.items[2]?.headline).toMatch(/^142 casualties together/u);
    expect(r.items[2]?.statement).toContain('Derived by the bot');
  });
  it('two measures joined by "and" are both given, side by side and not added', () => {
    const r = growing.ask('deaths and injuries since 1979?');
    expect(r.facts).toEqual(['people-killed-since-1979', 'people-injured-since-1979']);
  });
  it('a count and a part of it are not added ("casualties plus killed" would count the killed twice)', () => {
    expect(growing.ask('casualties plus killed in 2023').facts).not.toContain('asked-sum');
  });
  it('two dates of the land still to clear are not added', () => {
    expect(growing.ask('land still contaminated by landmines in 2024 plus in 2025').facts).not.toContain('asked-sum');
  });
  it('"fewer in 2023 than in 2022" gives each year\'s figure', () => {
    expect(growing.ask('How many fewer casualties were there in 2023 than in 2022?').facts).toEqual(['casualties-2023', 'casualties-2022']);
  });
  it('a sum the fact base defines is its own answer', () => {
    expect(seed.ask('add up the cleared and the remaining area for me').facts[0]).toBe('cambodia-area-known-total');
  });
  it('kinds of thing joined by "+" are one kind, not two figures to add', () => {
    expect(growing.ask('latest full-year casualty count from mines + erw?').facts).not.toContain('landmine-casualties-2023-year-to-date');
  });
  it('figures in different units are not added', () => {
    const r = seed.ask('land cleared plus mines destroyed by jmas and cmac together');
    expect(r.items.every((i) => !/together/u.test(i.headline))).toBe(true);
  });
});

describe('what a reviewer tried against this session\'s rules (each went wrong in a draft)', () => {
  let fifth: Engine;
  let sixth: Engine;
  beforeAll(async () => {
    fifth = await engineFor(fileURLToPath(new URL('./fixtures/fifth', import.meta.url)));
    sixth = await engineFor(fileURLToPath(new URL('./fixtures/sixth', import.meta.url)));
  });
  it.each([
    'What is the annual cost of clearing a hectare?',
    'How much is spent on mine clearance annually?',
    'How much land does CMAC clear annually?',
    'How many people are killed annually?',
  ])('"%s" asks for a yearly rate, which one year\'s or one grant\'s figure is not', (q) => declined(() => growing, q)());
  it('an organisation the figure\'s name gives is not its doer: "how many peacekeepers did the UN send"', declined(() => fifth, 'How many peacekeepers did the UN send?'));
  it('the Monitor\'s full name is an organisation, not a mention of cluster munitions', declined(() => fifth, 'How much does Cambodia need to clear cluster munitions?'));
  it.each(['Who declared Kampong Speu contaminated?', 'Who declared a state of emergency in Kampong Speu?'])(
    '"%s" is not told by the date Kampong Speu was declared mine-free', (q) => declined(() => sixth, q)());
  it('"when" is answered by a year, not by a count of the place it names', declined(() => sixth, 'When was Botum Sakor declared mine-free?'));
  it('a comparison of a year\'s figure with a total since 1992 is not made', () => {
    expect(growing.ask('Who cleared more, HALO or MAG?').items.length).not.toBe(2);
  });
  it('"prime minster" is the prime minister: a word one letter from the rest of a name the vocabulary knows',
    answered(() => seed, 'what did the prime minster ask jmas for', 'pm-asks-jmas-to-expand-cooperation', 'asked JMAS'));
  it('a person named by an office the fact never names is someone else', declined(() => seed, 'Did Hun Manet meet the Japanese ambassador to talk about mines?'));
  it('"add X to Y" asks for the sum', answered(() => seed, "If you add the cleared land to the land still to clear, how big is Cambodia's mine problem in hectares?", 'cambodia-area-known-total', '4,700'));
  it('with no figure of all kinds at a date, each kind\'s figure is given, not one as if it were the whole', () => {
    expect(growing.ask('how much land was still contaminated in March 2024?').facts).toEqual(['area-contaminated-landmines-2024', 'area-contaminated-cluster-and-erw-2024']);
  });
});


describe('a ranking, from the figures of one measure for several places', () => {
  it('"which province had the most" gives every province\'s figure of that year, the largest first', () => {
    const r = growing.ask('which province had the most mine casualties in 2020');
    expect(r.facts[0]).toBe('casualties-2020-battambang');
    expect(r.facts).toHaveLength(8);
    expect(r.title).toContain('Battambang');
    expect(r.body).toContain('8 figures of this measure for the same date, largest first');
  });
  it('the country\'s own figure is no rival of its provinces', () => {
    expect(growing.ask('where were the most casualties in 2020').facts).not.toContain('casualties-2020');
  });
  it.each(['which province was worst hit by mines and uxo in 2020', 'province with most casualties 2020?'])('"%s" is a ranking too', (q) => {
    expect(growing.ask(q).facts[0]).toBe('casualties-2020-battambang');
  });
  it('a province set aside is left out, and still counted in what the others leave uncounted', () => {
    expect(growing.ask('which province had the most casualties in 2020, not counting Battambang').facts[0]).toBe('casualties-2020-preah-vihear');
  });
  it.each([
    ['one kind of thing, where the base counts each kind apart and the provinces\' figures are of all kinds', 'which province had the most landmine casualties in 2020?'],
    ['a count over a period, with no period named', 'which province has the most casualties'],
    ['a measure with one place only', 'which province has the most land still to clear'],
    ['the fewest (a province with no figure on file could have fewer)', 'which province had the fewest casualties in 2020'],
    ['the second most', 'which province had the second most casualties in 2020'],
    ['another measure than the figures count (mines, not casualties)', 'which province had the most mines in 2020'],
    ['another measure than the figures count (survivors)', 'which province had the most survivors in 2020'],
    ['a change, which no figure gives', 'which province had the largest increase in casualties in 2020'],
  ])('%s is declined: "%s"', (_what, q) => {
    const r = growing.ask(q);
    expect(r.kind).toBe('no-answer');
    expect(r.title).toContain('cannot rank');
  });
  it('a rate, which no figure gives, is declined: "which province had the highest casualty rate in 2020"',
    declined(() => growing, 'which province had the highest casualty rate in 2020'));
  it('on Discord, items past the last embed are counted in it, never dropped unsaid', () => {
    const r = growing.ask('which province had the most mine casualties in 2020');
    const long = { ...r, items: [...r.items, ...r.items] };
    const embeds = renderDiscord(long).embeds;
    expect(embeds).toHaveLength(10);
    expect(embeds[0]?.footer?.text).toMatch(/^7 more/u);
  });
  it('"at least" is a bound, not a ranking', () => {
    expect(growing.ask('So what were at least the casualties in 2020?').title).not.toContain('cannot rank');
  });
  it('a year no province\'s figure is of gives no figure', () => {
    expect(growing.ask('which province had the most casualties in 2021').facts).toEqual([]);
  });
});

describe('a whole year\'s count, not the year to date', () => {
  it.each([
    'What is the most recent full-year casualty figure published by the CMAA?',
    'latest full-year casualty count from mines + erw?',
    'how many people fell victim to mines and ERW over the whole of 2023?',
  ])('"%s" gets the count for all of 2023 alone', (q) => {
    expect(growing.ask(q).facts).toEqual(['casualties-2023']);
  });
});

describe('everyday words for progress and plans, and a decade', () => {
  it('"what share of the work is done" asks for the share cleared', () => {
    expect(seed.ask('what share of the work is done so far?').facts[0]).toBe('cambodia-share-cleared');
  });
  it('"plans" are what someone committed to', answered(() => seed, "what are jmas's plans with cmac?", 'yamazaki-commits-to-expand-cmac-cooperation', 'committed'));
  it('a decade ("since the early 90s") holds the year a running total is counted from', () => {
    expect(seed.ask('total cleared since the early 90s?').facts).toEqual(['cambodia-area-cleared']);
  });
  it('a decade that does not hold it is declined', declined(() => seed, 'total cleared since the 2000s'));
  it('"the late 90s" is the decade\'s last years, which 1992 is not', declined(() => seed, 'how much land has been cleared since the late 90s'));
});

describe('what a question sets aside ("besides clearing", "other than clearance")', () => {
  it.each(['besides clearing, what does JMAS do for villagers?', 'Other than clearance, how did JMAS help the provinces?'])(
    '"%s" is answered by what JMAS does beside clearance, not by the land it cleared', (q) => {
      expect(seed.ask(q).facts).toEqual(['jmas-community-assistance']);
    });
});

describe('a seventh fact base (test/fixtures/seventh), and what a review of its rules found', () => {
  let seventh: Engine;
  beforeAll(async () => {
    seventh = await engineFor(fileURLToPath(new URL('./fixtures/seventh', import.meta.url)));
  });
  it('"contaminated land ... cleared": the word before "land" says which land; the figure of what was cleared answers', () => {
    expect(seventh.ask('how much cluster munition contaminated land got cleared in 2016?').facts).toEqual(['cluster-munition-land-cleared-2016']);
  });
  it('a figure the question checks ("is it true Australia gave 2m") is asked about, without "how much"', () => {
    expect(seventh.ask('someone told me australia put 2m into clearing for results in 2025, right?').facts).toEqual(['australia-cfr-grant-2025']);
  });
  it('a currency the figures are given in ("AUD") is no place, and what a donor "adds to" is what it gave', () => {
    expect(seventh.ask('how many AUD did australia add to clearing for results?').facts).toEqual(['australia-cfr-grant-2025']);
  });
  it('a year in the question is never a figure it checks', declined(() => seventh, 'What did CMAC say in 2021?'));
  it('a number claimed far from every figure is no figure checked ("HALO spent 10 million dollars" is not its area)', declined(() => growing, 'is it true that HALO spent 10 million dollars in 2022?'));
  it.each([
    ['initials the facts never give ("CfR") are no name', 'how much did Australia give to CfR phase 5'],
    ['money for a period is not money of the month it starts in', 'how much did Japan give CMAC in July 2020'],
    ['"set up in the late 90s" is not since 1992', 'what has japan given cmac since it was set up in the late 90s?'],
  ])('%s: "%s" is declined', (_what, q) => declined(() => seventh, q)());
  // (A grant is given when its period starts: March 2020 to February 2021 is the 2020 grant.)
  it('a donor followed by "friends" is still the donor', () => {
    expect(seventh.ask('how much did our US friends give CMAC in 2020').facts[0]).toBe('us-grant-cmac-npa-2020');
  });
});


describe('what the twenty-second to twenty-fourth writers asked (each missed or answered wrongly before)', () => {
  let seventh: Engine;
  beforeAll(async () => {
    seventh = await engineFor(fileURLToPath(new URL('./fixtures/seventh', import.meta.url)));
  });
  it.each(["thanks, that's super helpful 🙏", '👍 thanks', 'thank you for the report 🙏🏽'])('thanks with an emoji ("%s") is small talk, never a figure', (q) => {
    const r = seventh.ask(q);
    expect(r.kind).toBe('help');
    expect(r.facts).toEqual([]);
  });
  it('"what should I feed my dog" asks for advice, which no count of dogs gives', declined(() => seventh, 'what should i feed my dog after surgery?'));
  it('"what should I tell them about …" is still a question about the facts', () => {
    expect(seventh.ask('What should I tell them about the dogs in 2025?').facts).toEqual(['cmac-dogs-2025']);
  });
  it('a few words after the question that say what is wanted ("… 20/03/2025? total amount") belong to it', () => {
    const r = seventh.ask('what did japan and cambodia sign for cmac on 20/03/2025? total amount');
    expect(r.facts).toEqual(['japan-grant-cmac-2025']);
    expect(r.title).toContain('10.4 million');
  });
  it('of figures of one measure, the newest is not the answer when it does not cover the places the question names', () => {
    const r = seventh.ask("Japan's 1 billion yen grant for CMAC in Pailin, Pursat and Battambang: what's that in USD?");
    expect(r.facts[0]).toBe('japan-grant-cmac-2020-2022');
    expect(r.title).toContain('9 million');
  });
  it('the day a grant was signed, as its statement gives it, is the grant\'s date; both sources that disagree are shown', () => {
    const r = seventh.ask('how much US money did CMAC get in the deal with NPA signed 9 March 2022?');
    expect(r.facts).toEqual(['us-grant-cmac-npa-2022-ppp', 'us-grant-cmac-npa-2022-scandasia']);
  });
  it('a day the statement does not give is still declined', declined(() => seventh, 'how much did the US give cmac on 10 March 2022?'));
  it('how a running total grew between two years is its figures in those years, newest first', () => {
    expect(seventh.ask("how has australia's cumulative mine action funding for cambodia grown from 2016 to 2023?").facts)
      .toEqual(['australia-mine-action-since-1994-2023', 'australia-mine-action-since-1994-2021', 'australia-mine-action-since-1994-2016']);
  });
  it('"full yr" is the full year', () => {
    expect(growing.ask('casualties 2023 cambodia full yr').facts).toEqual(['casualties-2023']);
  });
  it('"how many mines in the 1,700 km² left" asks for a count inside the area, which the area is not', declined(() => seed, 'in the 1,700 km2 left, how many mines are there?'));
  it('"is JMAS a government agency or an NGO?" asks what JMAS is', () => {
    const r = seed.ask('is JMAS a government agency or an NGO?');
    expect(r.facts).toEqual(['glossary:JMAS']);
  });
  it('"is X an NGO" of a name the glossary lacks gives no other term', () => {
    expect(seed.ask('is cmaa a government agency').facts).toEqual([]);
  });
  it('"kg cham", a word no dictionary has before the second word of one place\'s name, is that place, whose figure the seed lacks', declined(() => seed, 'how much land cleared in kg cham'));
  it('"kg thom" is Kampong Thom, whose figure the second base has', () => {
    expect(growing.ask('kg thom casualties 2020 + who reported it').facts).toEqual(['casualties-2020-kampong-thom']);
  });
});

describe('a number written with a thousands comma', () => {
  it('"2,000 AP mines" is a figure claimed, not the year 2000: the claim is checked against the figure on file', () => {
    const r = seed.ask('is it 2,000 AP mines destroyed by jmas/cmac? saw that in a newsletter');
    expect(r.facts).toEqual(['jmas-cmac-ap-mines-destroyed']);
    expect(r.title).toContain('20,000');
  });
  it('a year written without a comma is still a year', declined(() => seed, 'how many AP mines did JMAS and CMAC destroy in 2000?'));
});

describe('what a hostile review of those rules found (each printed a wrong figure, or declined a plain question)', () => {
  let sixth: Engine;
  let seventh: Engine;
  beforeAll(async () => {
    sixth = await engineFor(fileURLToPath(new URL('./fixtures/sixth', import.meta.url)));
    seventh = await engineFor(fileURLToPath(new URL('./fixtures/seventh', import.meta.url)));
  });
  it.each([
    ['a district said short in a statement is that district, not the province or the country', () => sixth, 'How many deminers were killed in Trapeang Prasat?'],
    ['a district said short, asked of a measure it has no figure of', () => sixth, 'How much land is left to clear in Choam Ksan?'],
    ['one of two rivers a figure covers together is not both', () => sixth, 'How many bombs has CMAC salvaged from the Mekong?'],
    ['another survey than the one the figures are of', () => seventh, 'How many villages did the Level 2 Survey record as contaminated in Kratie?'],
    ['one running total in a span is no growth', () => seed, 'How has the land cleared in Cambodia grown from 2020 to 2024?'],
    ['one running total in a span is no growth (money)', () => seventh, "How has Japan's aid to CMAC grown between 2010 and 2019?"],
    ['"the total amount" is a total, not one grant', () => seventh, "What's the total amount the US gave CMAC through NPA?"],
    ['"Kg" before a name no fact has is no province the fact base knows', () => seed, 'How much land is left to clear in Kg Trach?'],
    ['a month a statement says a project ran to is not when it happened', () => growing, "Is there a new NPA project after the one that ended in August 2024, and what's its budget?"],
  ])('%s', (_what, engine, q) => declined(engine, q)());
  it.each([
    ['"(2 sources)" after a year leaves the year', () => growing, 'How many casualties were recorded in 2022 (2 sources)?', 'casualties-2022'],
    ['"what should I give as …" a figure is a question about it', () => growing, 'What should I give as the 2023 casualty figure?', 'casualties-2023'],
    ['"of the 3,000 km² cleared, how many …" asks for part of the area', () => seed, 'Of the 3,000 km² cleared, how many did JMAS and CMAC clear?', 'jmas-cmac-area-cleared'],
    ['a month the statement says a grant was given in is its date', () => seventh, 'how much did the US give cmac thru norwegian peoples aid in agust 2019?', 'us-grant-cmac-npa-2019'],
    ['the newest of a series leads, whoever spoke for it', () => seventh, 'How much has Australia given to the CMAA?', 'australia-mine-action-since-1994-2023'],
  ])('%s', (_what, engine, q, fact) => {
    expect(engine().ask(q).facts[0]).toBe(fact);
  });
});

describe('what the twenty-fifth and twenty-sixth writers asked (each missed or answered wrongly before)', () => {
  it('an apology for one\'s English is no correction, and the language is no name', () => {
    expect(seed.ask('Sorry my english not so good. How many land Cambodia still must clean from mine now?').facts).toEqual(['cambodia-area-remaining']);
  });
  it('"what do they mean by X" asks what X means', () => {
    expect(seed.ask('what do they mean by anti personnel mine exactly').facts).toEqual(['glossary:anti-personnel mine']);
  });
  it('an "and" that opens the question joins no kinds of thing', () => {
    expect(seed.ask('ok and the JMAS/CMAC mine count - how many anti-personnel mines was it again?').facts).toEqual(['jmas-cmac-ap-mines-destroyed']);
  });
  it('a name\'s second word missing its last letter ("Hun Mane") is still the name', () => {
    expect(seed.ask('Hun Mane Yamazaki meeting where').facts).toEqual(['manet-yamazaki-meeting']);
  });
  it('the bot\'s opinion is asked for, which no fact gives', declined(() => seed, 'do you think JMAS is doing enough?'));
  it('"of the 4 million munitions found, how many were cluster bombs" asks for a part the fact base lacks', declined(() => growing, 'Of the more than 4 million munitions found nationally since 1992, how many were cluster bombs?'));
  it('"not the December number": a month after "not" is no measure ruled out', () => {
    expect(growing.ask("What's the CMAA's full-year count of mine and ERW casualties for 2023? Not the preliminary December number please.").facts).toEqual(['casualties-2023']);
  });
  it('a change between two dates named apart gets the figures of both', () => {
    expect(growing.ask('how has the area contaminated by landmines changed between the early-2024 figure and the march 2025 one?').facts)
      .toEqual(['area-contaminated-landmines-2025', 'area-contaminated-landmines-2024']);
  });
});

describe('what a second hostile review found (each printed a wrong figure, or declined a plain question)', () => {
  let fifth: Engine;
  let sixth: Engine;
  let seventh: Engine;
  beforeAll(async () => {
    fifth = await engineFor(fileURLToPath(new URL('./fixtures/fifth', import.meta.url)));
    sixth = await engineFor(fileURLToPath(new URL('./fixtures/sixth', import.meta.url)));
    seventh = await engineFor(fileURLToPath(new URL('./fixtures/seventh', import.meta.url)));
  });
  it.each([
    ['a nationality before "government" is no misspelt "Cambodian government"', () => fifth, 'How much did the Canadian government contribute to mine action in 2023?'],
    ['a misspelt nationality, the same', () => fifth, 'Chinse government contribution to mine action in 2023'],
    ['an unknown name before "state" is no "the state"', () => fifth, 'How many women deminers did Texas state have in 2022?'],
    ['another treaty\'s name is no misspelt "Ottawa Convention"', () => fifth, 'When did Cambodia sign the Oslo Convention?'],
    ['the month a need was stated is no month money was given in', () => fifth, 'How much did donors give in April 2023?'],
    ['"How many?" after a question about vehicles keeps what it counts', () => seventh, 'Did Japan give CMAC vehicles? How many?'],
    ['"How many?" after a question about health centres keeps what it counts', () => sixth, 'Were health centres built on cleared land in Battambang? How many?'],
    ['"a or b" with "the" is a comparison, not a definition', () => growing, 'Are casualties the highest in Battambang or Pailin?'],
    ['"what should I do if …" is advice, whatever the date', () => seed, 'What should I do if I see a mine in 2024?'],
  ])('%s', (_what, engine, q) => declined(engine, q)());
  it('"how many of those 2,795 km² did CMAC clear" asks for part of the area, not a count', () => {
    expect(growing.ask('How many of those 2,795 km² did CMAC clear?').facts).toEqual(['cmac-area-cleared-since-1992']);
  });
  it('"in 2,020", after a word of dates, is still the year', () => {
    expect(growing.ask('How many casualties were there in 2,020?').facts).toEqual(['casualties-2020']);
  });
  it('"what should I mention about …" is not advice', () => {
    expect(seed.ask('What should I mention about Yamazaki?').title).not.toContain("I don't know");
  });
});

describe('two places added together', () => {
  it('"pailin + preah vihear 2020 casualties combined" gives both figures and their sum', () => {
    const r = growing.ask('pailin + preah vihear 2020 casualties combined?');
    expect(r.facts.slice(0, 2)).toEqual(['casualties-2020-pailin', 'casualties-2020-preah-vihear']);
    expect(r.title).toContain('14');
  });
  it('a province and the country that holds it are shown side by side, never added', () => {
    const r = growing.ask('casualties in 2020 in battambang plus cambodia combined');
    expect(r.facts).toEqual(['casualties-2020-battambang', 'casualties-2020']);
    expect(r.title).not.toContain('84');
  });
  it('a joint figure the fact base holds is not split', () => {
    expect(growing.ask('casualties from mines + ERW in 2023').facts).toEqual(['casualties-2023']);
  });
});

describe('what a third hostile review found (each printed a wrong figure, or declined a plain question)', () => {
  let fifth: Engine;
  let sixth: Engine;
  beforeAll(async () => {
    fifth = await engineFor(fileURLToPath(new URL('./fixtures/fifth', import.meta.url)));
    sixth = await engineFor(fileURLToPath(new URL('./fixtures/sixth', import.meta.url)));
  });
  it('"Sorry but I meant 2023" is still a correction', () => {
    expect(growing.ask('How many casualties in 2022? Sorry but I meant 2023.').facts).toEqual(['casualties-2023']);
  });
  it('"Sorry my mistake, injured" is still a correction: the killed are not what is asked', () => {
    expect(growing.ask('How many people were killed in 2023? Sorry my mistake, injured.').facts).not.toContain('people-killed-2023');
  });
  it.each([
    ['"English" before "government" is a name the fact base lacks', () => fifth, 'How much did the English government contribute to mine action in 2023?'],
    ['"the English" is a name the fact base lacks', () => seed, 'How many mines did the English destroy?'],
    ['"the word" is no misspelt "the world"', () => seed, 'What is the word for a landmine that did not explode?'],
    ['a change needs a figure at each end', () => growing, 'how has the area contaminated by landmines changed between March 2024 and December 2024?'],
  ])('%s', (_what, engine, q) => declined(engine, q)());
  it('a district a statement names, and the province it lies in, are never added', () => {
    const r = sixth.ask('How many CSHD deminers were killed in Choam Ksan plus Preah Vihear?');
    expect(r.facts).not.toContain('asked-sum');
  });
  it.each([
    ['a month after "not" rules out the figure its own name gives', () => growing, 'How many casualties in 2023, not the early December count?', 'casualties-2023'],
    ['"how many land mines" counts mines', () => growing, 'How many land mines has HALO destroyed?', 'halo-mines-destroyed-since-1991'],
    ['"how many are at risk on the 1,697 km²" counts people', () => growing, 'How many are at risk on the 1,697 km² of contaminated land?', 'people-at-risk-2024'],
    ['"in the word of the CMAA" is the CMAA\'s count', () => growing, 'How many casualties in 2023, in the word of the CMAA?', 'casualties-2023'],
    ['"what do you mean by" a figure asks about the figure', () => growing, 'What do you mean by 32 casualties in 2023?', 'casualties-2023'],
  ])('%s', (_what, engine, q, fact) => {
    expect(engine().ask(q).facts[0]).toBe(fact);
  });
  it('"do you think" with no word of judgement is no opinion asked', () => {
    expect(seed.ask('do you think JMAS is doing enough?').kind).not.toBe('answer');
    expect(fifth.ask('Do you think Cambodia joined the Convention on Cluster Munitions?').title).not.toContain("I don't know: the fact base has nothing");
  });
});

describe('what a fourth hostile review found', () => {
  it('an unknown district after "our" is still a name the fact base lacks', declined(() => growing, 'How many casualties were there in our Samlot district in 2023?'));
  it('"what do you mean by km2" asks what km² is', () => {
    expect(growing.ask('What do you mean by km2?').facts).toEqual(['glossary:km²']);
  });
  it('"do you think JMAS is important?" asks an opinion', declined(() => seed, 'Do you think JMAS is important?'));
});

describe('what the twenty-seventh writer asked (from the issue\'s own examples)', () => {
  it.each([['whats CMAC short for', 'glossary:CMAC'], ['wat does ERW stnad for', 'glossary:ERW']])('"%s" is a definition', (q, term) => {
    expect(seed.ask(q).facts).toEqual([term]);
  });
});

describe('a running total at a date', () => {
  it('"in July 2024, how much had been cleared since 1992" gets the total as it stood then',
    answered(() => seed, 'back in july 2024, what was the total demined since 1992?', 'cambodia-area-cleared', '3,000 km²'));
  it('"in 2023 alone, not since 1992" is still one year\'s count, which the running total is not',
    declined(() => growing, 'How much land did CMAC clear in 2023 alone? Only that year, not since 1992'));
});

describe('what is left, asked of a count of what was done', () => {
  it('"how many AP mines remain" is not the count destroyed', declined(() => seed, 'so how many antipersonnel mines remain out there?'));
  it('"how many anti-personnel mines are still in the ground" is not it either', declined(() => seed, 'how many anti-personnel mines are still in the ground'));
  it('the count destroyed is still given when asked', answered(() => seed, 'how many AP mines got destroyed?', 'jmas-cmac-ap-mines-destroyed', '20,000'));
});

describe('two kinds set against each other with "vs"', () => {
  it('"2023 victims: landmines versus other ERW?" gives each kind\'s figure, not the total of both', () => {
    const r = growing.ask('2023 victims, landmines versus other ERW?');
    expect(r.kind).toBe('answer');
    expect(r.facts).toEqual(['landmine-casualties-2023-year-to-date', 'erw-casualties-2023-year-to-date']);
  });
  it('a side given in parts is shown whole: CMAC\'s anti-personnel and anti-tank mines against HALO\'s mines', () => {
    const r = growing.ask('who has destroyed more mines, HALO or CMAC?');
    expect(r.facts).toContain('cmac-at-mines-destroyed-since-1992');
    expect(r.facts).toContain('cmac-ap-mines-destroyed-since-1992');
    expect(r.facts).toContain('halo-mines-destroyed-since-1991');
    expect(r.title).toContain('11,430 anti-tank mines');
  });
});

describe('"mines and UXO", as people say it', () => {
  it('gets the year\'s figure of mines and ERW, which holds the UXO', answered(() => growing, 'in 2023, how many people were killed or hurt by mines and UXO in total?', 'casualties-2023', '32'));
  it('UXO alone is still not all ERW', declined(() => growing, 'how many uxo casualties in 2023'));
});

describe('"since when" asks when a state began', () => {
  it('the date of one meeting does not say since when Yamazaki has led JMAS', declined(() => seed, 'since when has yamazaki been the head of jmas?'));
  it('a running total says what it runs from', answered(() => growing, 'since when has MAG been clearing land?', 'mag-area-cleared-since-1992', 'since 1992'));
  it('a statement that says "since" answers it', () => {
    expect(seed.ask("since when has demining been the government's top goal?").facts[0]).toBe('clearance-main-government-goal');
  });
});

describe('what a hostile review of this session\'s readings found (review19; each went wrong in a draft)', () => {
  let fourth: Engine;
  beforeAll(async () => {
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
  });
  it.each([
    ['how many people were injured in 2023, not the total since 1979'],
    ['in 2022 how many mines did HALO destroy, not the total since 1991'],
    ["how many people were injured in 2023 - I don't mean since 1979"],
  ])('a running total ruled out is not given: "%s"', (q) => {
    expect(growing.ask(q).facts).not.toContain(q.includes('HALO') ? 'halo-mines-destroyed-since-1991' : 'people-injured-since-1979');
  });
  it('"2023 vs 2022" sets one measure\'s figures of two years, never the country\'s against one organisation\'s', () => {
    const r = growing.ask('land cleared since 1992: 2023 vs 2022');
    expect(r.facts).not.toContain('mag-area-cleared-since-1992');
  });
  it('"cluster munitions and UXO" is not the figure of all kinds, which holds the landmines too',
    declined(() => growing, 'how much land is contaminated by cluster munitions and UXO in 2025'));
  it('"Battambang vs Pailin" does not set all kinds against anti-personnel mines alone', () => {
    const r = fourth.ask('Battambang vs Pailin area remaining');
    expect(r.kind === 'answer' && r.facts.length > 1).toBe(false);
  });
  it('a word of the stocks in another base ("fund") does not turn away a plain question of money',
    () => expect(fourth.ask('how much money is needed to fund the NMAS 2018-2025').facts[0]).toBe('nmas-2018-2025-cost'));
  it('"how many mines are still buried", in Khmer, is no area', () => {
    const r = seed.ask('តើមានមីនប៉ុន្មាននៅកប់?');
    expect(r.kind).not.toBe('answer');
  });
});

describe('"rate" as a verb and as a noun', () => {
  it('"how did the JMAS head rate CMAC?" asks what he said of it', () => {
    expect(seed.ask('how did the JMAS head rate CMAC?').facts[0]).toBe('yamazaki-commends-cmac');
  });
  it('"what is the clearance rate?" asks no one\'s words', () => {
    expect(seed.ask('what is the clearance rate?').facts).not.toContain('yamazaki-praises-cooperation-and-victim-assistance');
  });
});

describe('a group within a whole: "how many of the X were Y"', () => {
  it.each([
    ['how many of the 2023 casualties were children?'],
    ['of the casualties in 2023, how many were women'],
  ])('the whole is not the group: "%s"', (q) => declined(() => growing, q)());
  it('a kind of thing after the verb still narrows to its figure', answered(() => growing, 'how many of the 2023 casualties were from landmines?', 'landmine-casualties-2023-year-to-date', '16'));
  it('"were hit by ERW" says how, not who', () => {
    expect(growing.ask('how many of the 2023 victims up to early december were hit by erw rather than mines?').facts[0]).toBe('erw-casualties-2023-year-to-date');
  });
});

describe('one thing counted two ways, set side by side', () => {
  it('"2023: dead vs wounded" gives the killed and the injured, not all casualties', () => {
    expect(growing.ask('2023 figures, dead vs wounded?').facts).toEqual(['people-killed-2023', 'people-injured-2023']);
  });
  it('"were more killed or injured in 2023?" does too', () => {
    expect(growing.ask('in 2023 were more people killed or injured?').facts).toEqual(['people-killed-2023', 'people-injured-2023']);
  });
});

describe('a year before a unit, in a terse question', () => {
  let fourth: Engine;
  beforeAll(async () => {
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
  });
  it('"land handed back 2019 km2" is the 2019 figure, not the newest', () => {
    const r = fourth.ask('land given back 2019 km2?');
    expect(r.facts[0]).toBe('cambodia-land-released-2019');
    expect(r.title).toContain('2019');
  });
});

describe('"how many items of X" counts X', () => {
  it('"how many items of ordnance has clearance turned up" is no count of people who benefited', () => {
    expect(growing.ask('how many items of ordnance has clearance turned up since 92?').facts).not.toContain('people-benefited-since-1992');
  });
  it('"how many pieces of ordnance were found since 1992" is the munitions found', answered(() => growing, 'how many pieces of ordnance were found since 1992?', 'munitions-found-since-1992', '4,000,000'));
});

describe('what a second hostile review found (review20; each went wrong in a draft)', () => {
  let fourth: Engine;
  let third: Engine;
  beforeAll(async () => {
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
    third = await engineFor(fileURLToPath(new URL('./fixtures/third', import.meta.url)));
  });
  it('a year ruled out before a unit ("not 2024 km2") does not pick that year', () => {
    expect(growing.ask('landmine contaminated area, not 2024 km2').facts[0]).toBe('area-contaminated-landmines-2025');
  });
  it('"other than 2019 km2" does not pick 2019', () => {
    expect(fourth.ask('land released other than 2019 km2').facts[0]).not.toBe('cambodia-land-released-2019');
  });
  it('"is 2024 km2 ... still contaminated" checks a figure, and gets the newest', () => {
    expect(growing.ask('is 2024 km2 of land still contaminated by landmines?').facts[0]).toBe('area-contaminated-landmines-2025');
  });
  it.each([['casualty rates'], ['rates of casualties'], ['how is JMAS rated by the government?']])('"%s" is no one\'s praise', (q) => {
    expect(fourth.ask(q).facts.some((f) => f.startsWith('yamazaki'))).toBe(false);
    expect(seed.ask(q).facts.some((f) => f.startsWith('yamazaki'))).toBe(false);
  });
  it('"tell me about HALO in Battambang", in Khmer, is not HALO\'s work elsewhere', () => {
    expect(fourth.ask('ប្រាប់ខ្ញុំពី HALO នៅបាត់ដំបង').kind).not.toBe('answer');
  });
  it('"tell me about JMAS in Cambodia in 2010", in Khmer, is not the 2024 figures', () => {
    expect(seed.ask('ប្រាប់ខ្ញុំពី JMAS នៅកម្ពុជា ក្នុងឆ្នាំ 2010').kind).not.toBe('answer');
  });
  it('rats and dogs that both detect mines are not set against each other as one thing counted two ways', () => {
    const r = third.ask('are there more mine detection rats or dogs?');
    expect(r.kind === 'answer' && r.facts.length === 2).toBe(false);
  });
});

describe('a name that says a figure is who said it', () => {
  it('"Sokha\'s draft says 25,000 AP mines; right?" checks the figure, and gets the one the base gives',
    answered(() => seed, "Sokha's draft says JMAS and CMAC destroyed 25,000 AP mines. is that right?", 'jmas-cmac-ap-mines-destroyed', '20,000'));
  it('"how many casualties did Vanuatu report" is still a name the base lacks', declined(() => growing, 'how many casualties did Vanuatu report in 2023'));
  it('"Vanuatu says ... how much is left there" is too', declined(() => seed, 'Vanuatu says 5 km2 is left. how much land is left to clear in Vanuatu?'));
});

describe('a statement taught to answer "how many times"', () => {
  it('"how many times has the treaty deadline been pushed back" gets the statement of the extensions', () => {
    expect(growing.ask('how many times has cambodia seen its ottawa treaty deadline pushed back?').facts[0]).toBe('ottawa-deadline-extension-history');
  });
  it('"how many times" is a count, never the target year itself', () => {
    expect(growing.ask('how many times was the deadline extended?').facts).not.toContain('mine-free-target-2030');
  });
  it('a count of something else is not the statement\'s: "how many mines were destroyed under the Ottawa Convention"', () => {
    expect(growing.ask('how many mines did cambodia destroy under the ottawa convention').facts).not.toContain('ottawa-deadline-extension-history');
  });
  it('"losing a limb" is an amputation', answered(() => growing, 'how many people ended up losing a limb to mines in 2023?', 'amputations-2023', '10'));
});

describe('an acronym the glossary lacks, spelled out in a fact', () => {
  it('"what\'s MAG\'s full name?" says the glossary lacks it, and gives the name a fact\'s statement spells out, offering that fact', () => {
    const r = growing.ask("what's MAG's full name?");
    expect(r.kind).toBe('no-answer');
    expect(r.title).toContain('not in the glossary');
    expect(r.body).toContain('"Mines Advisory Group"');
    expect(r.suggestions?.map((x) => x.command).join(' ')).toContain('mag-area-cleared-since-1992');
  });
  it('an acronym no statement spells out is still not in the glossary, and nothing is swapped in', () => {
    const r = growing.ask('what does NPA stand for?');
    expect(r.kind).toBe('no-answer');
    expect(r.title).toContain('not in the glossary');
  });
});

describe('near misses the thirty-eighth writer and the Khmer twenty-third asked about', () => {
  it('"how much did the government clear during the previous mandate" names a period no figure is of', declined(() => seed, 'how much land did the government clear during the previous mandate?'));
  it('"was that only in the previous mandate?" is still asked of the statement', () => {
    expect(seed.ask('is demining the main goal of this government, or was it only in the previous mandate?').facts[0]).toBe('clearance-main-government-goal');
  });
  it('"how many mines?" is not a count of casualties from landmines', () => {
    expect(growing.ask('how many mines?').facts).not.toContain('landmine-casualties-2023-year-to-date');
  });
  it('"how many landmine casualties in 2023" still is', answered(() => growing, 'how many landmine casualties were there in 2023?', 'landmine-casualties-2023-year-to-date', '16'));
});

describe('what a third hostile review of this session found (review21; each went wrong in a draft)', () => {
  let fourth: Engine;
  beforeAll(async () => {
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
  });
  it.each([
    [() => seed, 'How many mines will JMAS destroy by the deadline?'],
    [() => growing, 'How many provinces will be cleared by the deadline?'],
  ])('a count asked "by the deadline" is a forecast: %#', (engine, q) => declined(engine, q)());
  it.each([
    ['How much land has Chechnya said it cleared?'],
    ['How much money Abkhazia says it gave CMAC?'],
    ['When Chechnya says it will be mine free?'],
  ])('a name the base lacks is still asked about, though a verb of saying follows it: "%s"', (q) => declined(() => growing, q)());
  it('"Has demining been the main goal since the previous mandate?", in Khmer, is still the statement', () => {
    expect(seed.ask('តើការដោះមីនជាគោលដៅចម្បងរបស់រដ្ឋាភិបាលតាំងពីអាណត្តិមុនមែនទេ?').facts[0]).toBe('clearance-main-government-goal');
  });
  it.each([['How many times has Cambodia been bombed?'], ['how many times has the Ottawa Convention been signed?']])(
    '"how many times" of something else does not get the deadline statement: "%s"', (q) => {
      expect(growing.ask(q).facts).not.toContain('ottawa-deadline-extension-history');
    });
  it('a year named with "the previous mandate" says which', answered(() => fourth, 'How many casualties were there in 2022, during the previous mandate?', 'cambodia-casualties-2022', '39'));
});

describe('a share of a whole no figure gives', () => {
  it('"what share of Cambodia\'s total land area is still contaminated" is not the share of contaminated land cleared',
    declined(() => seed, "what share of cambodia's total land area is still contaminated?"));
  it('"what percentage of the total contaminated area has been cleared" still is', () => {
    expect(seed.ask('what percentage of the total contaminated area has been cleared?').facts[0]).toBe('cambodia-share-cleared');
  });
});

describe('what a fourth hostile review of this session found (review22; each went wrong in a draft)', () => {
  let fifth: Engine;
  beforeAll(async () => {
    fifth = await engineFor(fileURLToPath(new URL('./fixtures/fifth', import.meta.url)));
  });
  it.each([
    ['តើរដ្ឋាភិបាលបានបោសសម្អាតដីប៉ុន្មានក្នុងអាណត្តិមុន?'],
    ['តើ JMAS និង CMAC បានកម្ចាត់មីនប៉ុន្មានគ្រាប់ក្នុងអាណត្តិមុន?'],
  ])('Khmer "how much ... in the previous mandate", the question word first: "%s"', (q) => declined(() => seed, q)());
  it('"during the previous mandate ending 2023" names a period no figure is of, though a year follows',
    declined(() => growing, 'How much land did CMAC clear during the previous mandate ending 2023?'));
  it('"across the whole country" is no share of the country\'s size', answered(() => growing, 'By what percentage did casualties fall across the whole country in 2023?', 'casualties-change-2023', '22%'));
  it('"what percentage of deminers in the whole country are women" is still asked', () => {
    expect(fifth.ask('what percentage of deminers in the whole country are women?').kind).toBe(fifth.ask('what percentage of deminers are women?').kind);
  });
  it('"my colleague Sokha says ..." cites Sokha', answered(() => seed, 'My colleague Sokha says JMAS destroyed 25,000 AP mines, is that right?', 'jmas-cmac-ap-mines-destroyed', '20,000'));
  it('the acronym is written as the statement writes it', () => {
    expect(growing.ask('what does mag stand for?').title).toContain('"MAG"');
  });
});

describe('words typed short, and scenes set by kinds of thing (third session)', () => {
  it('a lower-case word clipped short is the one word of the fact base it starts',
    answered(() => growing, 'contam area left in sqkm', 'area-contaminated-total-2025', '1,697 km²'));
  it('... with its plural "s" dropped', answered(() => growing, 'how many provs are mine free now', 'provinces-declared-mine-free-2023', '13 provinces'));
  it('a clipped word that starts words of two meanings ("provinces", "providing") is no clipping', declined(() => seed, 'how much land did the provs clear'));
  it('"including non-deminers" asks for more than the deminers a word of the question is read as',
    declined(() => growing, 'how many employees does HALO have, including non-deminers'));
  it('... and without it the deminers answer', answered(() => growing, 'how many employees does HALO have', 'halo-deminers-2022', '1,130'));
  it('"died in landmine and ERW blasts" counts the dead; the blasts are the scene',
    answered(() => growing, 'how many people lost their lives in landmine and ERW blasts in 2020', 'people-killed-2020', '17 people killed'));
  it('a scene no kind of thing sets ("road accidents") is still a measure the base lacks', declined(() => growing, 'how many people died in road accidents in 2020'));
});

describe('a term asked after it is named, an opinion of a figure, a greeting and a contraction (third session)', () => {
  it('"the Ottawa convention: what is it?" asks what the term means', () => {
    const r = growing.ask('the ottawa convention: what is it?');
    expect(r.kind).toBe('answer');
    expect(r.title).toContain('Anti-Personnel Mine Ban Convention');
  });
  it('"mine-free by 2030, what is that" still asks about the figure', answered(() => growing, 'mine-free by 2030, what is that', 'mine-free-target-2030', '2030'));
  it.each([['do you think the 2030 deadline is realistic?'], ['in your view, is the 2030 deadline feasible?']])(
    'a judgement of a figure asked of the bot is an opinion no fact gives: "%s"', (q) => declined(() => growing, q)());
  it('"in your view, how many ..." still asks for the figure', answered(() => growing, 'in your view how many casualties were there in 2023', 'casualties-2023', '32'));
  it('"hi team" is a greeting, not Handicap International ("HI")', answered(() => seed, "hi team, what's the area still contaminated and who said it?", 'cambodia-area-remaining', '1,700'));
  it('"they\'ve" is no name the fact base lacks', answered(() => seed, "what is the area jmas and cmac say they've cleared", 'jmas-cmac-area-cleared', '6,000'));
});

describe('the size of one unit (third session)', () => {
  it.each([['how large is one hectare in square metres?'], ['1 ha in m2?']])('"%s" is the unit\'s definition', (q) => {
    const r = seed.ask(q);
    expect(r.kind).toBe('answer');
    expect(r.body).toContain('10,000 m²');
  });
});

describe('since when, a summary asked for, and a sum of parts (third session)', () => {
  it('"dating back to 1979" is since 1979', answered(() => growing, 'how many were killed dating back to 1979', 'people-killed-since-1979', '19,822'));
  it('"what have we got on MAG?" is the summary of what the fact base holds', () => {
    const r = growing.ask('what have we got on MAG?');
    expect(r.kind).toBe('answer');
    expect(r.title).toContain('What the fact base holds about');
  });
  it('"killed or injured ... if you add them together" asks for both, though "and" joins kinds too', () => {
    const r = growing.ask('in total, how many were killed or injured by mines and ERW since 1979 if you add them together?');
    expect(r.facts).toEqual(['people-killed-since-1979', 'people-injured-since-1979']);
  });
  it('three kinds added up are never summed two at a time, nor shown twice', () => {
    const r = growing.ask('MAG since 1992: landmines + cluster bombs + other ERW destroyed, all together?');
    expect(new Set(r.facts).size).toBe(r.facts.length);
    expect(r.title).not.toContain('together');
  });
});

describe('a negated auxiliary before its subject, and a verb of managing (third session)', () => {
  it('"hasn\'t CMAC cleared ...?" asks about CMAC, not everyone but CMAC',
    answered(() => growing, "hasn't CMAC cleared more than 2,000 km2 since 1992?", 'cmac-area-cleared-since-1992', '1,735 km²'));
  it('"didn\'t APOPO clear ...?" checks APOPO\'s figure', answered(() => growing, "didn't APOPO clear about 7 km2 in 2021?", 'apopo-area-cleared-2021', '7 km²'));
  it('"not in Battambang" still rules Battambang out', declined(() => growing, 'how many were killed in 2023, not in Battambang'));
  it('"not manage to achieve" asks why the goal was missed; "manage" is no word of coordination here',
    answered(() => growing, 'why did the country not manage to achieve its 2025 aim?', 'why-2025-deadline-slipped', '2025'));
});

describe('two kinds added up, one of them written with a slash (third session)', () => {
  it('"the landmine area and the cluster munition/other ERW area" is two figures and their sum', () => {
    const r = growing.ask('add the landmine area and the cluster munition/other ERW area, early 2024, what does it come to?');
    expect(r.kind).toBe('answer');
    expect(r.facts).toEqual(expect.arrayContaining(['area-contaminated-landmines-2024', 'area-contaminated-cluster-and-erw-2024']));
    expect(r.title).toContain('1,854 km²');
  });
  it('two measures in two years are not answered for one year alone', () => {
    const r = growing.ask('add killed and injured in 2022 and 2023 together');
    expect(r.facts).not.toEqual(['people-killed-2023', 'people-injured-2023']);
  });
});

describe('what a hostile review of this session found (review23; each went wrong in a draft)', () => {
  let fourth: Engine;
  beforeAll(async () => {
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
  });
  it('three places added up are not summed two at a time', () => {
    const r = growing.ask('pailin + battambang + pursat 2020 casualties');
    expect(r.title).not.toContain('together');
  });
  it('"has hi destroyed": a name in lower case in a name\'s place is still the name', declined(() => seed, 'how many mines has hi destroyed'));
  it('"not counting non-fatal injuries" asks for the dead', answered(() => growing, 'how many people were killed by mines in 2023, not counting non-fatal injuries', 'people-killed-2023', '4 people killed'));
  it('"not counting the injured" is no figure the base has (casualties hold the injured)', declined(() => growing, 'casualties in 2023, not counting the injured'));
  it('"killed in landmine clearance" names work no figure of the dead is of', declined(() => growing, 'how many people were killed in landmine clearance in 2023'));
  it('"don\'t count CMAC" is an order, not a question about CMAC', () => {
    expect(growing.ask("how much land has been cleared since 1992, and don't include CMAC").facts).not.toContain('cmac-area-cleared-since-1992');
  });
  it('"incl", clipped, is no word a figure measures', () => {
    expect(growing.ask('land contaminated 2025 incl cluster munitions').facts).not.toContain('area-contaminated-cluster-munitions-2025');
  });
  it('"total contaminated area, what is it?" asks for the figure', answered(() => growing, 'total contaminated area, what is it?', 'area-contaminated-total-2025', '1,697 km²'));
  it('"going back to 2020, how many ..." returns to 2020', answered(() => growing, 'going back to 2020, how many casualties were there that year?', 'casualties-2020', '65'));
  it('an opinion asked after a question does not undo it', answered(() => growing, "what is the new mine clearance deadline? do you think it's realistic?", 'mine-free-target-2030', '2030'));
  it('Khmer "how much" before a month is no duration', () => {
    expect(fourth.ask('ដីនៅសល់ប៉ុន្មាន ខែធ្នូ ឆ្នាំ២០២៣ នៅបាត់ដំបង?').facts[0]).toBe('battambang-area-remaining-2023');
  });
  it('"why did Cambodia not reach its goal" asks why it was missed', answered(() => growing, 'why did cambodia not reach the 2025 goal', 'why-2025-deadline-slipped', '2025'));
});

describe('what one did for another (third session)', () => {
  it('"what has Japan done for Cambodia" asks how Japan helped, not what was cleared', answered(() => seed, 'according to manet, what has japan done for cambodia?', 'japan-supports-peace-and-development', 'Japan'));
});

describe('a new fact base: initials, numbered phases and grants by the year they start (third session)', () => {
  let seventh: Engine;
  beforeAll(async () => {
    seventh = await engineFor(fileURLToPath(new URL('./fixtures/seventh', import.meta.url)));
  });
  it('"CfR" is the initials of a name the facts write out, "Clearing for Results"', () => {
    const r = seventh.ask('how much land has CfR cleared');
    expect(r.facts[0]).toBe('cfr-area-cleared-2025');
    expect(r.title).toContain('384 km²');
  });
  it('"phase 3" is "phase III", and names the member of the series that has it, not the newest', () => {
    const r = seventh.ask('how much did australia put into CfR phase 3');
    expect(r.facts[0]).toBe('australia-cfr-grant-2016-2019');
    expect(r.title).toContain('9 million AUD');
  });
  it('a grant running from August 2019 is the 2019 grant', () => {
    const r = seventh.ask('US funding through NPA for CMAC in 2019');
    expect(r.facts[0]).toBe('us-grant-cmac-npa-2019');
    expect(r.title).toContain('425,000');
  });
  it('a count running from August 2019 is still no count of 2019', declined(() => growing, 'how many casualties were there in 2018'));
});

describe('"yet" closing a question (third session)', () => {
  let sixth: Engine;
  beforeAll(async () => {
    sixth = await engineFor(fileURLToPath(new URL('./fixtures/sixth', import.meta.url)));
  });
  it('"is Koh Kong mine-free yet?" asks whether it is, not what is left', () => {
    const r = sixth.ask('has koh kong been declared mine free yet?');
    expect(r.facts[0]).toBe('koh-kong-districts-mine-free-2025');
  });
  it('"not yet cleared" is still what is left', answered(() => seed, 'how much land is not yet cleared?', 'cambodia-area-remaining', '1,700'));
});

describe('places joined in a figure\'s scope, and the part of a decade (third session)', () => {
  let seventh: Engine;
  beforeAll(async () => {
    seventh = await engineFor(fileURLToPath(new URL('./fixtures/seventh', import.meta.url)));
  });
  it('a scope of "Kampong Chhnang and Siem Reap" is the two places the vocabulary knows, not a third', () => {
    const m = seventh.match('cost of the construction contract in Siem Reap and Kampong Chhnang signed in 2024');
    const entry = m.ranked.find((s) => s.entry.id === 'cmac-training-complex-cost-2024')?.entry;
    expect([...(entry?.places ?? [])].sort()).toEqual(['kampongchhnang', 'siemreap']);
  });
  it('"since it was founded in the early 90s" is since the early 1990s, and "early" no word to rank', () => {
    const r = seventh.ask('how much has Japan given CMAC in total since it was founded in the early 90s?');
    expect(r.facts[0]).toBe('japan-aid-to-cmac-since-1992');
  });
  it('"jan to early dec 2023" still tells the year to date from the full year', answered(() => growing, 'casualties from january to early december 2023', 'casualties-2023-year-to-date', '31'));
});

describe('words for money (third session)', () => {
  let seventh: Engine;
  beforeAll(async () => {
    seventh = await engineFor(fileURLToPath(new URL('./fixtures/seventh', import.meta.url)));
  });
  it('"aid money" is what a series of money figures says was given, whatever its topic calls it', () => {
    expect(seventh.ask('how much aid money has australia given for mine action since 1994').facts[0]).toMatch(/^australia-mine-action-since-1994/u);
  });
});

describe('a length, a place that says where, and an original value (third session)', () => {
  const engines: Record<string, Engine> = {};
  beforeAll(async () => {
    for (const name of ['third', 'seventh', 'eighth']) engines[name] = await engineFor(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
  });
  it('"how long is the K5 belt" asks its length, not a date; "on the Thai border" says where it is', () => {
    const r = engines.eighth!.ask('how long is the K5 belt near the Thai border?');
    expect(r.facts[0]).toBe('k5-mine-belt-length');
    expect(r.title).toContain('1,046');
  });
  it('"how long will it take" is still a time no figure gives', declined(() => engines.eighth!, 'how long will it take to clear what is left?'));
  it('"how wide is the K5 belt" asks a width no figure gives, not its density', declined(() => engines.eighth!, 'how wide is the K5 mine belt'));
  it('"how many mines were destroyed in Cambodia" asks the whole country\'s figure', declined(() => seed, 'how many mines were destroyed in Cambodia?'));
  it('"how many Cambodians were killed in 2023" is no count of trainees', declined(() => engines.eighth!, 'how many cambodians were killed by mines in 2023'));
  it('a name the statement gives beside the figure\'s own place ("Level 1 Survey" of Oddar Meanchey) is no other place', () => {
    expect(engines.seventh!.ask('in the Level 1 Survey of 2002, how many villages in Oddar Meanchey were contaminated?').facts[0]).toBe('level1-contaminated-villages-oddar-meanchey');
  });
  it('"the initial deadline, before the extension" is not the new deadline requested', declined(() => engines.third!, 'what was the initial Article 5 deadline, before Cambodia asked for more time?'));
  it('"which new deadline has Cambodia requested" still is', () => {
    expect(engines.third!.ask('which new Article 5 deadline has cambodia requested').facts[0]).toBe('cambodia-article5-deadline-requested');
  });
});

describe('what a second hostile review of this session found (review24; each went wrong in a draft)', () => {
  const engines: Record<string, Engine> = {};
  beforeAll(async () => {
    for (const name of ['sixth', 'seventh', 'eighth']) engines[name] = await engineFor(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
  });
  it('"hasn\'t been cleared yet" is what is left', answered(() => seed, "how much land hasn't been cleared yet?", 'cambodia-area-remaining', '1,700'));
  it('"part 2 of my report" numbers the writer\'s report, not a part the facts number', answered(() => seed, 'for part 2 of my report, how much land is left to clear?', 'cambodia-area-remaining', '1,700'));
  it('a number said in passing does not pick an older figure when the latest is asked', answered(() => growing, "casualties were 41 the year before, what's the latest?", 'casualties-2023', '32'));
  it('"hm" is chat, not the initials of Hun Manet', answered(() => growing, 'Hm. How many people were killed in 2023?', 'people-killed-2023', '4 people killed'));
  it('"part i need" is no part I', () => {
    expect(engines.seventh!.ask('the part i need: how much did Japan give CMAC?').facts[0]).not.toBe('japan-grant-cmac-2020-2022');
  });
  it('"phase 2" of a grant the facts call "Phase II" is that grant, and no place', () => {
    expect(engines.seventh!.ask('how much did Japan give for phase 2?').facts[0]).toBe('japan-grant-cmac-2022-2025');
  });
  it('"how long was the course" asks a time, not a count of trainees', declined(() => engines.eighth!, 'how long was the course in china?'));
  it('a place the question puts the figure in ("the K5 belt in Vietnam") is still checked', declined(() => engines.eighth!, 'length of the K5 mine belt in Vietnam?'));
  it('a grant for two provinces is neither\'s alone', declined(() => engines.sixth!, 'how much did New Zealand give for Preah Vihear?'));
});

describe('what a third hostile review of this session found (review25; each went wrong in a draft)', () => {
  let seventh: Engine;
  beforeAll(async () => {
    seventh = await engineFor(fileURLToPath(new URL('./fixtures/seventh', import.meta.url)));
  });
  it('"phase one" is no phase II, nor a grant whose statement says "1 billion yen"', () => {
    declined(() => seventh, 'how much was phase one of the japanese project')();
    declined(() => seventh, 'japan phase 1 grant')();
  });
  it('"CfR II" is no other phase of Clearing for Results; "CfR III" is phase III', () => {
    declined(() => seventh, 'how much did australia give to CfR II')();
    expect(seventh.ask('how much did australia give to CfR III').facts[0]).toBe('australia-cfr-grant-2016-2019');
  });
  it('"how much has HALO done for Cambodia" asks how much of its work', answered(() => growing, 'how much has halo done for cambodia', 'halo-area-cleared-since-1991-2023', '433 km²'));
  it('"has Cambodia cleared all its land yet?" is answered by what is left', answered(() => seed, 'has cambodia cleared all its land yet?', 'cambodia-area-remaining', '1,700'));
});

describe('what the forty-seventh and forty-eighth writers asked (fourth session)', () => {
  let fourth: Engine;
  let eighth: Engine;
  beforeAll(async () => {
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
    eighth = await engineFor(fileURLToPath(new URL('./fixtures/eighth', import.meta.url)));
  });
  it('"past the half-way point" asks the share cleared, and "going by the numbers you have" names nothing',
    answered(() => seed, 'going by the numbers you have, is Cambodia past the half-way point with its mined land?', 'cambodia-share-cleared', '%'));
  it('"X, what is the meaning of it" and "X - what does it stand for" ask a definition', () => {
    expect(seed.ask('UXO, what is the meaning of that?').facts).toEqual(['glossary:UXO']);
    expect(seed.ask('jmas - what does it stand for').facts).toEqual(['glossary:JMAS']);
  });
  it('a term the glossary lacks, asked the same way, says so', () => {
    const r = seed.ask('CMAA - what does it stand for?');
    expect(r.kind).not.toBe('answer');
    expect(r.title).toContain('cmaa');
  });
  it('"killed or wounded", comparing nothing, gives both figures', () => {
    const r = growing.ask('since 1979, how many Cambodians have been killed or wounded?');
    expect(r.kind, r.title).toBe('answer');
    expect(r.facts.slice(0, 2).sort()).toEqual(['people-injured-since-1979', 'people-killed-since-1979']);
  });
  it('"is it more killed or wounded" still compares', () => {
    const r = growing.ask('since 1979, were more people killed or wounded?');
    expect(r.facts.slice(0, 2).sort()).toEqual(['people-injured-since-1979', 'people-killed-since-1979']);
  });
  it('a forecast asked as the bot\'s opinion is declined', () => {
    declined(() => growing, 'do u think cambodia will really finish the clearance by 2030')();
    declined(() => growing, 'do you reckon they\'ll actually be done by 2030?')();
  });
  it('"when do you think it will be mine-free" still asks the target a fact gives',
    answered(() => growing, 'when do you think cambodia will be free of mines?', 'mine-free-target-2030', '2030'));
  it('"were any deminers killed" counts deminers, which no figure of all the killed does', () => {
    declined(() => fourth, 'were any deminers killed in 2023?')();
    declined(() => fourth, 'did any deminers die or get hurt in 2023?')();
  });
  it('"how many women among the casualties" counts women, whom no figure of children counts', () => {
    declined(() => eighth, 'how many women among the casualties in the first half of 2021?')();
    answered(() => eighth, 'how many children among the casualties in the first half of 2021?', 'child-casualties-2021-h1', 'children')();
  });
  it('"technical survey" is not the non-technical survey a figure is of', () => {
    declined(() => eighth, 'how much land did technical survey reduce in 2016')();
    answered(() => eighth, 'area cancelled by non-technical surveys in 2016', 'nts-cancelled-2016', 'km²')();
  });
  it('"of the land left, how much is mines" asks one kind\'s part, which the whole\'s figure does not give', () => {
    declined(() => seed, 'of the land still to be demined, how much is landmines and how much UXO?')();
    declined(() => seed, 'how much of the land left to clear is contaminated with cluster munitions?')();
    answered(() => growing, 'of the land still contaminated in march 2025, how much is cluster munitions?', 'area-contaminated-cluster-munitions-2025', '681')();
  });
  it('"next year, how many km² are they planning" asks a forecast', declined(() => seed, 'next year how many square km are they planning to clear?'));
  it('"a quick rundown on X — who is he and what has he said" is about X', () => {
    const r = seed.ask('give me a short rundown on Koji Yamazaki, who is he and what did he say?');
    expect(r.kind, r.title).toBe('answer');
    expect(r.title).toContain('about Koji Yamazaki');
    expect(r.facts).toContain('yamazaki-commends-cmac');
  });
  it('"hectare is how big?", in a second language\'s order, asks what the term is', () => {
    expect(seed.ask('hectare is how big? compared with km').facts).toEqual(['glossary:hectare']);
    expect(seed.ask('the land left to clear is how big?').facts[0]).toBe('cambodia-area-remaining');
  });
  it('a day a statement names in its own words is its day, though its source is dated later', () => {
    expect(growing.ask('what did hun manet call for on 24 february 2024?').facts[0]).toBe('manet-appeals-for-international-support');
    declined(() => growing, 'what did hun manet call for on 25 february 2024?')();
  });
  it('a word of the name the fact base gives a figure\'s measure ("canada-mine-action-total") is its own', () => {
    answered(() => eighth, 'in total, how much has canada given for mine action in cambodia since the late 1990s?', 'canada-mine-action-since-1999', '17 million')();
    answered(() => eighth, 'how much did canada pledge for mine action in november 2022?', 'canada-grant-2022-trudeau', '990,000')();
  });
  it('"in US dollars" names a currency, not a place the figure is of', async () => {
    const sixth = await engineFor(fileURLToPath(new URL('./fixtures/sixth', import.meta.url)));
    answered(() => sixth, 'how much has the UK put into demining in cambodia since 1993, in US dollars?', 'uk-funding-since-1993', 'GBP')();
    declined(() => sixth, 'how much has the US given in US dollars since 1993?')();
  });
  it('a measure no figure of which is of the organisation named does not take its question ("mines removed by JMAS", beside peacekeepers\' mines cleared abroad)', async () => {
    const ninth = await engineFor(fileURLToPath(new URL('./fixtures/ninth', import.meta.url)));
    answered(() => ninth, 'how many mines has jmas removed?', 'jmas-cmac-ap-mines-destroyed', '20,000')();
    answered(() => ninth, 'how many landmines were removed by jmas and cmac', 'jmas-cmac-ap-mines-destroyed', '20,000')();
  });
  describe('on the ninth base', () => {
    let ninth: Engine;
    beforeAll(async () => {
      ninth = await engineFor(fileURLToPath(new URL('./fixtures/ninth', import.meta.url)));
    });
    it('"what did the Norwegians give CMAC" asks how much was given', () => {
      answered(() => ninth, 'what did the norwegians give cmac for banteay meanchey?', 'norway-grant-2022-banteay-meanchey', '250,000')();
      // ("what did Yamazaki commit to" still asks what he said.)
      expect(seed.ask('what did yamazaki commit to').facts[0]).toBe('yamazaki-commits-to-expand-cmac-cooperation');
    });
    it('a figure that is itself a rate ("people a year") answers "how many a year"', () => {
      answered(() => ninth, 'how many people a year does the icrc\'s mobile repair service see?', 'rehabilitation-icrc-mobile-fleet-2017', '8,500')();
    });
    it('a scope of "ERW other than mines" is of ERW, not of the mines it sets aside', () => {
      answered(() => ninth, 'since 1979, what share of casualties came from ERW other than mines?', 'casualty-share-erw-since-1979', '21%')();
      answered(() => ninth, 'since 1979 what share of casualties were caused by landmines?', 'casualty-share-mines-since-1979', '79%')();
    });
  });
  it('"were any people killed" is still the count of the killed',
    answered(() => fourth, 'were any people killed in 2023?', 'cambodia-casualties-killed-2023', '8 people'));
});

describe('a person named by an office, in any word of its synonym group (fourth session)', () => {
  it('"the JMAS boss", "the head of JMAS" are the person the vocabulary calls "JMAS director"', () => {
    expect(seed.ask("How did the JMAS chief characterise CMAC's people?").facts[0]).toBe('yamazaki-commends-cmac');
    expect(seed.ask('what did the leader of JMAS make of CMAC?').facts[0]).toBe('yamazaki-commends-cmac');
  });
  it('"whos" is "who is": "whos the head of JMAS" asks who, as "who is" does', () => {
    expect(seed.ask('whos the JMAS director').facts[0]).toBe(seed.ask('who is the JMAS director').facts[0]);
    expect(seed.ask('whos the JMAS director').facts[0]).toBe('manet-yamazaki-meeting');
  });
});

describe('what a hostile review of this session found (review26; each went wrong in a draft)', () => {
  it('the whole said first carries only to a second question of a kind of thing, not to another year or measure', () => {
    const r = growing.ask('of the casualties in 2020, how many were in Battambang and how many were there in 2019?');
    expect(r.facts.slice(0, 2)).toEqual(['casualties-2020-battambang', 'casualties-2019']);
    expect(r.title).toContain('77');
  });
  it('a day a statement names is matched as a day: "4 February" is not "24 February", "2 March" not "March 2025"', () => {
    declined(() => growing, 'what did hun manet call for on 4 february 2024?')();
    declined(() => growing, 'what did hun manet call for on february 2, 2024?')();
  });
  it('"how much is UXO?" still asks what it is, not for any figure of UXO', () => {
    expect(seed.ask('how much is UXO?').facts).toEqual(['glossary:UXO']);
    expect(growing.ask('how much is cluster bombs?').facts).toEqual(['glossary:cluster munition']);
  });
  it('of "killed or injured", every word must be one of the two figures\' own ("along the K5 belt" is neither\'s)', () => {
    declined(() => growing, 'how many people have been killed or injured since 1979 along the K5 belt?')();
    declined(() => growing, 'how many people have been killed or injured since 1979 at home?')();
  });
  it('"among" a whole the facts never name keeps narrowing the count ("deminers among HALO\'s female staff")', declined(() => growing, "how many deminers among HALO's female staff?"));
  it('"when will it be past the halfway mark" asks a date', declined(() => seed, 'when will Cambodia be past the halfway mark?'));
  it('"tell me about X - how much has it cleared?" still asks the figure', () => {
    answered(() => growing, 'tell me about the HALO Trust - how much land has it cleared?', 'halo-area-cleared-since-1991-2023', '433')();
    answered(() => growing, 'give me a quick rundown on HALO, how many mines has it destroyed?', 'halo-mines-destroyed-since-1991', '322,515')();
  });
  it('"was any land cleared" is not a count of land', answered(() => growing, 'was any land cleared by APOPO in 2021?', 'apopo-area-cleared-2021', '7 km²'));
  it('one kind\'s part of a whole: a figure of that kind with a partner still answers, and the whole answers for all its kinds', () => {
    answered(() => seed, 'how many of the mines destroyed by JMAS were anti-personnel mines?', 'jmas-cmac-ap-mines-destroyed', '20,000')();
    answered(() => seed, 'how much of the land left is contaminated with mines and ERW?', 'cambodia-area-remaining', '1,700')();
  });
  it('"two years ago" is a period relative to today, in English and in Khmer', () => {
    declined(() => seed, 'how much land did jmas clear two years ago')();
    expect(seed.ask('ពីរឆ្នាំមុន JMAS បោសសម្អាតដីបានប៉ុន្មាន?').kind).not.toBe('answer');
    expect(seed.ask('ប៉ុន្មានឆ្នាំទៅទៀតទើបកម្ពុជាគ្មានមីន?').kind).not.toBe('answer');
  });
});

describe('the whole size of a place (fourth session)', () => {
  it('"what share of Cambodia\'s land area is still mined" asks a share of the country\'s size, which no figure gives', () => {
    declined(() => seed, "what percentage of cambodia's land area is still mined?")();
    declined(() => seed, 'what percent of the total area of cambodia is contaminated?')();
    expect(seed.ask('ដីនៅសល់ប៉ុន្មានភាគរយនៃផ្ទៃដីប្រទេសកម្ពុជា?').kind).not.toBe('answer');
  });
  it('"what share of the mined land has been cleared" is still the share of the known contaminated land', () => {
    expect(seed.ask('what share of the mined land has been cleared').facts[0]).toBe('cambodia-share-cleared');
  });
});



describe('years written short (fourth session)', () => {
  it('"1965-73" is the span 1965 to 1973', answered(() => growing, 'how many bombs did the us drop 1965-73', 'us-bombs-dropped-1965-1973', '230,516'));
});

describe('what the fifty-fourth writer asked (fourth session)', () => {
  it('"anyone home?" is small talk, not a question of a fact that says "home"', () => {
    expect(seed.ask('hey bot 👋 anyone home?').kind).toBe('help');
    expect(seed.ask('is anybody there?').kind).toBe('help');
  });
  it('a term quoted before "what does it stand for" is the term', () => {
    expect(seed.ask("saw 'CMAC' painted on a sign, what does it stand for?").facts).toEqual(['glossary:CMAC']);
  });
  it('"are X a different thing from Y" asks what X is', () => {
    expect(seed.ask('are anti-tank mines a different kind from the regular ones?').facts).toEqual(['glossary:anti-tank mine']);
  });
  it('"what did the PM actually say about Japan": an adverb before the verb is no name of the speaker', () => {
    expect(seed.ask('what did the PM actually say about japan?').facts[0]).toBe('japan-supports-peace-and-development');
  });
});

describe('what a second hostile review of this session found (review27; each went wrong in a draft)', () => {
  let fourth: Engine;
  let ninth: Engine;
  beforeAll(async () => {
    fourth = await engineFor(fileURLToPath(new URL('./fixtures/fourth', import.meta.url)));
    ninth = await engineFor(fileURLToPath(new URL('./fixtures/ninth', import.meta.url)));
  });
  it('"how did casualties fall from 2022 to 2023" is no series of the killed', () => {
    expect(fourth.ask('how did casualties fall from 2022 to 2023').facts.some((id) => id.includes('killed'))).toBe(false);
  });
  it('a share quoted to be checked is of what the question names, not of the figure that happens to equal it', () => {
    expect(ninth.ask('were 21% of casualties since 1979 caused by mines').facts[0]).toBe('casualty-share-mines-since-1979');
  });
  it('a name ending in "-ly" before "report" or "say" is the speaker, not an adverb', () => {
    expect(ninth.ask('what did the Cambodia Daily report').title).not.toContain('What Cambodia said');
    expect(seed.ask('what did the National Assembly say').kind).not.toBe('answer');
  });
  it('a verb of an office\'s synonym group ("JMAS runs") names no director', () => {
    expect(seed.ask('what programmes does JMAS run with CMAC').facts.some((id) => id.startsWith('yamazaki'))).toBe(false);
  });
  it('another real acronym one swap away ("UNPD") is not taken for a glossary term', () => {
    expect(seed.ask('what does UNPD stand for').kind).not.toBe('answer');
  });
  it('"are casualties in Battambang different from Pailin" asks no definition', () => {
    expect(growing.ask('are casualties in Battambang different from Pailin').facts.some((id) => id.startsWith('glossary:'))).toBe(false);
  });
  it('"pls is UXO the same as ERW" asks what UXO is; an apostrophe is no quote', () => {
    expect(seed.ask('pls is UXO the same as ERW').facts).toEqual(['glossary:UXO']);
    expect(seed.ask("I've seen 'ERW' in a report, what does it stand for?").facts).toEqual(['glossary:ERW']);
  });
});
