/**
 * English as any fact base is asked in it: the shape of a question (how many, how much, when, in
 * total), units and kinds of quantity, dates and periods, function words and everyday words. Nothing
 * here names a thing of any one domain: the domain's words (its places, organisations, people, kinds
 * of thing, measures and their synonyms) come from the fact base's vocabulary, glossary and facts.
 */

/**
 * Phrases rewritten before tokenising, to the markers the question reader looks for. Each comes with
 * the substrings one of which any match must contain: a pattern is run only on text holding one, as
 * most never apply to a given question or fact (the check is most of what building 100,000 facts saves).
 */
/** Read after a word of money that stays a word of its own ("donations"): the question asks for money. */
export const MONEY_MARK = 'moneykind';

export const SHAPE_PHRASES: ReadonlyArray<readonly [RegExp, string, readonly string[]]> = [
  // ("The late 90s" keeps "late": the date reader takes the decade's last years.)
  [/\b(early|mid|late)[\s-](?:19)?90s\b/g, ' $1 1990s ', ['90s']],
  [/\b(early|mid|late)[\s-](?:19)?80s\b/g, ' $1 1980s ', ['80s']],
  [/\b(?:the )?(?<!\d)(?:19)?90s\b|\bnineties\b/g, ' 1990s ', ['90s', 'nineties']],
  [/\b(?:the )?(?<!\d)(?:19)?80s\b|\beighties\b/g, ' 1980s ', ['80s', 'eighties']],
  [/\bsquare (?:kilometres?|kilometers?|kms?|klicks?)\b/g, ' km2 ', ['square']],
  [/\bsq\.? ?(?:kilometres?|kilometers?|kms?|k)\b/g, ' km2 ', ['sq']],
  [/\bkm(?:\^?2|²)\b|\bkm ?sq\b|\bsqkms?\b|\bkm2s\b/g, ' km2 ', ['km']],
  [/\bsquare (?:metres?|meters?)\b|\bm(?:\^?2|²)\b/g, ' m2 ', ['square', 'm2', 'm^2', 'm²']],
  [/\bsquare miles?\b|\bsq\.? ?mi(?:les?)?\b|\bmi(?:\^?2|²)\b/g, ' sqmi ', ['square', 'sq', 'mi2', 'mi^2', 'mi²']],
  [/\bper ?cent(?:age)?\b|%/g, ' percent ', ['per', '%']],
  // "whos the head of JMAS": "who is", its apostrophe left out.
  [/\bwhos\b/g, 'who is', ['whos']],
  [/\bh[ow]{1,2} (?:m[a-z]{0,2}ny)\b/g, ' howmany ', ['ho', 'hw']],
  [/\bh[ow]{1,2} (?:m[a-z]{0,3}ch)\b/g, ' howmuch ', ['ho', 'hw']],
  [/\s\+\s?|\s?\+\s/g, ' total ', ['+']],
  // "two thirds", "a fifth", "halfway": a share, said as a fraction.
  [/\b(?:(?:a|one|two|three|four)[\s-](?:third|thirds|quarter|quarters|fifth|fifths|tenth|tenths)|(?<!first |second |the |1st |2nd )half of)\b/g, '$& percent ', ['third', 'quarter', 'fifth', 'tenth', 'half']],
  // ("past the halfway mark": the share, of which the words say nothing more.)
  // (Not "when will it be past the halfway mark", which asks a date.)
  [/(?<!\bwhen\b.*)\b(?:(?:past|passed|beyond|over|more than|reached|near|nearly|almost) (?:the )?)?(?:halfway|half way|half-way)(?: (?:mark|point|stage|line))?\b/g, ' percent ', ['half']],
  // "going by the figures we have", "based on the data you have": the figures asked of, not a thing named.
  [/\b(?:going|judging|based|basing it) (?:by|on) (?:the |your |our |these |those |its |their )?(?:latest |available |official |current |existing )?(?:figures?|numbers?|data|stats|statistics)(?: (?:we|you|u|i) (?:have|got|hold)| available| on hand)?\b/g, ' ', ['going by', 'judging by', 'based on', 'basing it']],
  // "year by year": how a figure went over the years ("year on year" is a change of one year to the next).
  [/\byear[\s-](?:by|after)[\s-]year\b|\b(?:yearly|annual) (?:trend|series|breakdown)\b/g, ' changeover periodrate ', ['year']],
  // "since the start of that year": the count to date.
  [/\bsince the (?:start|beginning) of (?:that|the|this) year\b/g, ' to date ', ['since the']],
  // "since the start of demining in 1992", "since it started in Cambodia in 1991": since that year.
  [/\bsince (?:the (?:start|beginning|outset) of|(?:it|they|he|she|we|the \w+) (?:started|began|arrived|came|set up|was founded|were founded|was set up|were set up|was established|was created)) (?:[a-z]+\s+){0,3}?in\s+((?:the\s+)?(?:(?:early|mid|late)\s+)?(?:19|20)\d\ds?)\b/g, 'since $1', ['since the', 'since it', 'since they', 'since he', 'since she', 'since we']],
  // "manage to hit the goal", "were able to clear": the verb after "to" is what was done.
  [/\b(?:manage|manages|managed|managing|able|unable|try|tries|tried|trying) to (?=[a-z])/g, '', ['manag', 'able to', 'try to', 'tries to', 'tried to', 'trying to']],
  // "why didn't Cambodia meet its goal", "why did Cambodia not reach it", "failed to hit": a goal not met
  // is a goal missed.
  [/\b(did|does|do|has|have|had|could|would|was|were|is|are)(?:n't|nt)((?: [a-z]+){1,2}?) (?:meet|hit|reach|achieve|make)\b/g, '$1$2 miss', ['didn', 'doesn', "don't", 'dont', 'hasn', 'haven', 'hadn', 'couldn', 'wouldn', 'wasn', 'weren', 'isn', 'aren']],
  [/\b(?:not|never|fail(?:ed|s|ing)?\s+to)\s+(?:meet|hit|reach|achieve|make)\b/g, ' miss', ['not meet', 'not hit', 'not reach', 'not achieve', 'not make', 'never ', 'fail']],
  // "what has Japan done for Cambodia", "what did they do for us": what one did for another is help,
  // not the work a figure counts as "done".
  // (Not "how much has HALO done for Cambodia": how much of its work.)
  [/^(?!.*\bhow ?(?:much|many)\b)(.*?)\b(?:done|do|did|does|doing) for (?=[a-z])/g, '$1 helped ', ['done for', 'do for', 'did for', 'does for', 'doing for']],
  // "Is Koh Kong mine-free yet?": "yet" closing a question only asks whether it is so by now.
  // (Only before the question mark, in a question with no negation and no "all": "not yet cleared",
  // "hasn't been cleared yet", "has it cleared all its land yet" ask what is left.)
  [/^(?!.*(?:\bnot\b|n'?t\b|\bnever\b|\bno\b|\ball\b))(.*?)\b(?:yet|already|by now)\s*(?=\?+\s*$)/g, '$1 ', ['yet?', 'yet ?', 'already?', 'already ?', 'by now?', 'by now ?']],
  // "going back to 1979", "all the way back to 1979", "dating back to 1979": since that year.
  // (Not "going back to 2020, how many ...", "ok back to 2019": a return to an earlier question.)
  [/(?<=[a-z\d]\s+)(?<!\b(?:ok|okay|so|and|now|then|but|about|if we|we|us)\s+)(?:going|dating|stretching|reaching|all the way) back to ((?:19|20)\d\d)\b(?!\s*[,:;-])/g, ' since $1 ', ['back to']],
  // "ytd": the chat abbreviation of "year to date".
  [/\bytd\b/g, ' to date ', ['ytd']],
  [/[$€£]/g, ' money ', ['$', '€', '£']],
  // "by how much did casualties fall": the size of a change, a percentage where the fact base gives one.
  [/\bby\s+howmuch\b|\bhowmuch\s+(?:did|has|have|had)\s+(?:[a-z]+\s+){1,3}(?:change|changed|rise|rose|risen|grow|grew|grown|fall|fell|fallen|drop|dropped|decline|declined|increase|increased|decrease|decreased|go down|went down|go up|went up)\b/g, '$& changeby ', ['howmuch']],
  // "% change in casualties", "by what percent did they go down": the size of a change, as a percentage.
  [/\bpercent\s+(?:change|drop|fall|decline|dip|reduction|decrease|increase|rise|cut)\b|\bpercent\b.{0,60}?\b(?:go|went|gone|come|came) (?:down|up)\b|\b(?:change|drop|fall|decline|dip|reduction|decrease|increase|rise)\s+(?:of|by|in)\s+(?:\w+\s+){0,3}?percent\b/g, '$& changeby ', ['percent']],
  // "how much has been spent": money, and the word stays (what was spent is not the budget).
  [/\b(?:spend|spends|spent|spending)\b/g, '$& money', ['spen']],
  // "how much did China give CMAC": what one gives another is money.
  [/\bhowmuch\s+(?:did|does|do|has|have|had|will)\s+(?:[a-z]+\s+){1,3}(?:give|gave|given|donate|donated|contribute|contributed)\b/g, '$& money ', ['give', 'gave', 'given', 'donate', 'contribut']],
  // "how many years did the US bomb": a duration, which no count answers.
  [/\bhowmany\s+(?:years|months|weeks|days|decades)\b/g, ' howlong ', ['howmany']],
  // A reason is asked for: no figure answers "why".
  [/\bput (.{1,40}?) down to\b/g, ' whyreason $1 ', ['put']],
  [/\bwhy\b|\bhow come\b|\bwhat (?:caused|explains|is behind|was behind|held up|delayed|went wrong|happened (?:to|with))\b|\bwhat'?s behind\b|\breasons? (?:for|why|behind)\b|\bthe reasons?\b|\bdue to what\b/g, ' whyreason ', ['why', 'how come', 'what', 'reason', 'due to']],
  // "since arriving in 1991": the year something started, not a date the figure is of.
  [/\bsince (?:\w+ing|it (?:started|began|arrived)|they (?:started|began|arrived)) (?:in )?((?:19|20)\d\d)\b/g, ' since $1 ', ['since']],
  // "since clearance began in 1992", "since the work started in 1992": since that year.
  [/\bsince (?:the )?(?:[a-z]+ ){0,2}?[a-z]+ (?:started|began|begun|commenced|got under way|kicked off) (?:in )?((?:19|20)\d\d)\b/g, ' since $1 ', ['since']],
  [/\bso ?far\b|\bto date\b|\bup to now\b|\buntil now\b/g, ' ', ['so far', 'sofar', 'to date', 'up to now', 'until now']],
  // "For our donor report", "for the board deck": what the writer needs the figure for, not what it is of.
  [/\bfor (?:our|my|a|an|this) (?:[a-z-]+ )?(?:report|brief|briefing|newsletter|article|slide|slides|deck|presentation|memo|chart|infographic|graphic|thesis|essay|blog)\b/g, ' ', ['for ']],
  // "On deadline: ...", "I'm on a tight deadline": the writer's hurry, not a deadline asked about.
  [/^on (?:a )?(?:tight |short )?deadline\b|\b(?:i'm|im|i am|we're|were|we are) on (?:a )?(?:tight |short )?deadline\b/g, ' ', ['deadline']],
  [/\bnumber of\b/g, ' howmany ', ['number of']],
  // "the rate of clearance" asks for a percentage; "how did he rate them" does not.
  // ("What is the clearance rate?": the noun at the end of the question is a rate too.)
  // ("How did the JMAS head rate CMAC": a verb after "did", "would" and the like is left to the vocabulary.)
  // (A word alone, as the vocabulary writes it, is left to the vocabulary.)
  [/\brates? of\b|\brates?(?=\s*[?.!,])|(?<=\S\s+)(?<!\b(?:did|does|do|would|will|to)\b[^?.!]{0,40})\brates?\b|\brated\b/g, ' percent ', ['rate', 'rates', 'rated']],
  [/\bamount of\b|\bthe figures? (?:for|on)\b/g, ' howmuch ', ['amount of', 'figure']],
  // "… on 20 March 2025? total amount": the amount asked for alone, at the end.
  // ("The total amount the US gave": still a total, of all it gave.)
  [/\b(the|total|what) (?:amount|sum)\b(?! of\b)/g, ' $1 howmuch ', ['amount', 'sum']],
  // "how big is the cleared area" asks for an area; "how big was the drop" does not: the words after decide.
  [/\bhow (?:big|large|extensive|vast)\b/g, ' howmuch ', ['how ']],
  // ("How long is the K5 belt": the length of a thing that runs along, not a time: "how long was the
  // course" is.)
  [/\bhow long (?=(?:is|was|are|were)\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+){0,3}?(?:belt|road|line|fence|river|canal|route|corridor|strip|stretch|path|track|railway|highway)s?\b)/g, ' howmuch long ', ['how long']],
  [/\bhow long\b|\bby when\b|\buntil when\b|\bwhat year\b(?![\s-]on[\s-]year)|\bwhich year\b|\bhow soon\b|\btarget (?:date|year)\b|\bdeadline\b/g, ' whenfuture ', ['how long', 'by when', 'until when', 'year', 'how soon', 'target', 'deadline']],
  [/\bwhen will\b|\bwhen (?:is|are|do|does) (?:it|they|the country) (?:expect|expected|going|plan|aim)|\bwhen (?:is|are) ((?:[a-z]+\s+){1,3}?)(?:expected|going|planned|set|due|likely|supposed) to\b/g, ' whenfuture $1', ['when ']],
  // "the full-year count", "the last whole year": a count over a whole calendar year, not the year to date.
  [/\blast (?:full|whole|complete|calendar)[\s-](?:years?|yrs?)\b/g, ' periodlatest fullyear ', ['last ']],
  [/\b(?:full|whole|complete|entire|calendar)[\s-](?:years?|yrs?)\b|\b(?:the )?(?:whole|entire|full|all) of (?=(?:19|20)\d\d\b)/g, ' fullyear ', ['year', 'yr', ' of ']],
  // "the latest year", "the most recent year", "last recorded year": the newest figure, not a period relative to today.
  [/\b(?:most recent|latest|last (?:recorded|reported|available|known|full)|newest)(?: (?:full |calendar )?(?:year|figures?|count|data|numbers?))?\b/g, ' periodlatest ', ['recent', 'latest', 'last ', 'newest']],
  // Figures are never of the future: "my uncle goes next month" says nothing of which figure.
  [/\b(?:next|coming)(?: (?:\d+|few|two|three|several|couple of))? (?:years?|decades?|months?|weeks?)\b|\bin (?:the )?future\b/g, ' periodfuture ', ['next', 'coming', 'future']],
  [/\b(?:last|this|previous|past)(?: (?:\d+|few|two|three|four|five|six|seven|eight|nine|ten|several|couple of))? (?:years?|decades?|months?|weeks?)\b|\brecently\b/g, ' periodrelative ', ['last', 'this', 'previous', 'past', 'recently']],
  // "two years ago": a period relative to today, as "last year" is.
  [/\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|some|many|a couple of) (?:years?|decades?|months?|weeks?|days?) ago\b/g, ' periodrelative ', [' ago']],
  // "How much was cleared during the previous mandate": a government's term, a period no figure names,
  // in a question of how much (not "was that only in the previous mandate?", asked of words; not with a
  // year named after "in", "in 2022, during the previous mandate", which says which).
  [/(?<!\bin (?:19|20)\d\d\b.*)\b(?:last|previous|past|former) (?:mandate|term)s?\b(?=.*\bhow(?:many|much)\b)(?!.*\bin (?:19|20)\d\d\b)|(?<=\bhow(?:many|much)\b.*)(?<!\bin (?:19|20)\d\d\b.*)\b(?:last|previous|past|former) (?:mandate|term)s?\b(?!.*\bin (?:19|20)\d\d\b)/g, ' periodrelative ', ['last', 'previous', 'past', 'former']],
  // "did casualties go down in 2020": a change, up or down.
  [/\b(?:go|goes|went|gone|going|come|came) (?:down|up)\b/g, ' changeover ', ['go down', 'go up', 'goes down', 'goes up', 'went down', 'went up', 'gone down', 'gone up', 'going down', 'going up', 'come down', 'came down', 'come up', 'came up']],
  // "these days", "nowadays": now.
  [/\bthese days\b|\bnowadays\b/g, ' periodlatest ', ['these days', 'nowadays']],
  [/\b(?:per|each|every|a) (?:year|month|day|week)\b|\bannual(?:ly)?\b(?! (?:report|review|meeting|bulletin|statement|plan))|\b(?:yearly|monthly|daily)\b/g, ' periodrate ', ['year', 'month', 'day', 'week', 'annual']],
  // "cost per square metre", "per mine": a rate, never a total.
  // ("per the latest report", "per their figures" says whose, as "according to" does.)
  [/\bper\s+(?!cent\b|capita\b|the\b|their\b|its\b|his\b|her\b|our\b|this\b|that\b|these\b|those\b|official\b|latest\b)(?:square\s+|sq\s+)?[a-z0-9]+\b/g, ' periodrate ', ['per']],
  // "What did the Belgians give MAG?", "what is Irish Aid giving HALO?": how much was given.
  [/\bwhat (did|has|have|does|do|is|are|was|were|will) (?=(?:[\w'-]+ ){1,5}?(?:give|giving|given|hand|handed|handing|donate|donated|donating|grant|granted)\b)/g, 'howmuch $1 ', ['what ']],
  // "the China-funded project": who paid, not a question about money.
  [/-(?:funded|financed|sponsored|backed|supported)\b/g, ' supported ', ['-']],
  // "donations", "the budget", "what it cost": money, and the word stays (donations are not the budget).
  [/\b(?:costs?|funds?|funding|funded|budgets?|donat(?:e|ed|es|ing|ions?)|grants?|invest(?:ed|ments?)?|paid|pay|price)\b/g, `$& ${MONEY_MARK}`, ['cost', 'fund', 'budget', 'donat', 'grant', 'invest', 'paid', 'pay', 'price']],
  [/\bin (?:total|all)\b|\baltogether\b|\bcombined\b|\boverall\b|\ball together\b/g, ' total ', ['in total', 'in all', 'altogether', 'combined', 'overall', 'all together']],
  [/\btogether\b/g, ' together total ', ['together']],
  // "How much did Australia add to the project": what a donor adds to something is what it gave.
  [/\badd(?:s|ed|ing)? (?=to\b|into\b)/g, ' gave ', ['add']],
  [/\bplus\b|\badded up\b|\badd up\b/g, ' total ', ['plus', 'add']],
  // The words between "how has" and "changed" say what changed: kept.
  // (Within one year it is no series: "how did the cleared area grow over the course of 2022" asks what
  // was added that year.)
  [/\bhow (?:has|have|did|is|are) (.{1,90}?) (?:changed?|changing|evolved?|evolving|developed?|moved|moving|gone|go|went|trended|trending|grown|grew|growing|risen|fallen|shifted|shrunk|shrinking|progressed|fared)\b(?!\s+(?:over the course of|during|in|throughout)\s+(?:19|20)\d\d)/g, ' changeover $1 ', ['how ']],
  [/\bhow(?:'s| is) (.{1,60}?) (?:changing|evolving|moving|trending|growing|shrinking|shifting|progressing)\b/g, ' changeover $1 ', ['how']],
  // "has the deadline moved?": a yes-or-no question about a change is answered by the series.
  [/^(?:has|have) (.{1,40}?) (?:moved|changed|shifted|slipped|been pushed back|been moved|been extended)\b/g, ' changeover $1 ', ['has ', 'have ']],
  [/\bover (?:time|the years)\b|\btrends?\b|\bhistory of\b|\bevolution of\b|\bchanged? over\b|\b(?:gone|went|go) up or down\b|\bup or down\b|\bgoing (?:up|down)\b/g, ' changeover ', ['over ', 'trend', 'history of', 'evolution of', 'change', 'up or down', 'going']],
  // "Did the mined area shrink between early 2024 and March 2025?": a change between two dates.
  [/\b(?:change[ds]?|changing|shr[iu]nk|shrank|shrinking|drop(?:ped|s)?|fall(?:en|s)?|fell|declin(?:e|ed|es)|decreas(?:e|ed|es)|increas(?:e|ed|es)|rise|rose|risen|grow|grew|grown|dip|reduc(?:e|ed|tion))\b(?=.{0,80}?\b(?:between|from)\s+(?:\w+\s+){0,2}(?:19|20)\d\d\b.{0,30}?\b(?:and|to|until|till|through)\s+(?:\w+\s+){0,2}(?:19|20)\d\d\b)/g, '$& changeover ', ['between', 'from']],
  [/\ball[- ]time\b/g, ' total ', ['all time', 'all-time']],
  // "the cost to clear one square kilometre": a rate per unit, never a total.
  [/\b(?:one|a single|each|every|a|an|per)\s+(?:km2|m2|ha|acre|sqmi)\b/g, ' periodrate ', ['km2', 'm2', 'ha', 'acre', 'sqmi']],
];

/** Words that carry nothing for matching. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a an the of to in on at for by with from and or but is are was were be been being it its this that these those how ' +
    'what which who whom whose do does did done has have had having i me my we our you your he she they them their ' +
    'there here can could would should will shall may might must about as into than then so such just also very ' +
    'please tell know need give show find get got im hey hi hello bot thanks thank pls plz any some much many ' +
    'up out over again if not no yes whats whos ok okay like really now currently current currently latest ' +
    'according say said says report reported one kind sort lot lots quick quickly info information ' +
    'tho though anyway ya u ur r w gonna wanna gotta dont doesnt didnt isnt wasnt arent werent cant wont hasnt havent hadnt ' +
    // Contractions with the apostrophe read away ("they've" -> "theyve").
    'theyve theyre theyll theyd youve youre youll youd ive weve itll thats theres wheres hows shes hes').split(/\s+/u),
);

/** Canonical markers of a question's shape; every other word is read through the fact base's vocabulary. */
export const SHAPE_WORDS: Readonly<Record<string, string>> = {
  howmuch: 'howmuch', howmany: 'howmany', figure: 'howmuch', figures: 'howmuch', number: 'howmuch',
  numbers: 'howmuch', stat: 'howmuch', stats: 'howmuch', statistic: 'howmuch', statistics: 'howmuch',
  data: 'howmuch', tally: 'howmuch', quantity: 'howmuch', count: 'howmuch', headcount: 'howmuch', nb: 'howmuch', num: 'howmuch',
  total: 'total', sum: 'total', originally: 'total', initially: 'total', ever: 'total', whole: 'total',
  including: 'total', include: 'total', includes: 'total', add: 'total', adding: 'total',
  apart: 'else', besides: 'else', else: 'else', except: 'else', beyond: 'else', aside: 'else',
  define: 'define', meaning: 'define', mean: 'define', stand: 'define', stands: 'define', acronym: 'define',
  abbreviation: 'define', who: 'who', where: 'where', when: 'when', whenfuture: 'whenfuture',
  since: 'since', year: 'year', years: 'year', date: 'date', periodrelative: 'periodrelative',
  periodrate: 'periodrate', changeover: 'changeover', periodlatest: 'periodlatest', whyreason: 'whyreason', howlong: 'howlong', periodfuture: 'periodfuture', changeby: 'changeby', fullyear: 'fullyear',
  km2: 'km2', km: 'km2', kms: 'km2', kilometres: 'km2', kilometers: 'km2', kilometre: 'km2', kilometer: 'km2',
  ha: 'ha', hectare: 'ha', hectares: 'ha', hectars: 'ha', hectres: 'ha',
  acre: 'acre', acres: 'acre', m2: 'm2', sqmi: 'sqmi', miles: 'sqmi', mile: 'sqmi',
  percent: 'percent', proportion: 'percent', share: 'percent', fraction: 'percent', ratio: 'percent',
  portion: 'percent',
  money: 'money', [MONEY_MARK]: 'money', dollar: 'money', dollars: 'money', usd: 'money', euro: 'money', euros: 'money',
  aud: 'money', gbp: 'money', jpy: 'money', eur: 'money', yen: 'money', riel: 'money', riels: 'money', khr: 'money',
  financial: 'money', finance: 'money', financing: 'money', expensive: 'money',
  want: 'ask', wanted: 'ask',
};

/** Names of currencies, as people write them after a country's name ("US dollars", "Japanese yen"). */
export const CURRENCY_WORDS: ReadonlySet<string> = new Set(['dollar', 'dollars', 'usd', 'euro', 'euros', 'aud', 'gbp', 'jpy', 'eur', 'yen', 'riel', 'riels', 'khr', 'pounds', 'pound', 'sterling']);

/** Markers of a kind of quantity: what a figure must be to answer a question that names one. */
export const AREA_UNITS: ReadonlySet<string> = new Set(['km2', 'ha', 'acre', 'm2', 'sqmi']);

/** Everyday words that name a surface, whatever is on it: "how much land", "what area". */
export const AREA_WORDS: ReadonlySet<string> = new Set(['area', 'areas', 'land', 'lands', 'surface', 'ground', 'territory', 'acreage', 'extent']);

/** Words that ask for a figure without saying of what: they steer the reading, not the match. */
export const MARKERS: ReadonlySet<string> = new Set([
  'howmuch', 'howmany', 'total', 'when', 'whenfuture', 'who', 'where', 'define', 'periodrelative', 'periodrate',
  'year', 'changeover', 'money', 'percent', 'date', 'since', 'ask', 'periodlatest', 'whyreason', 'howlong', 'periodfuture', 'changeby', 'fullyear',
  // "Tell me about", in a language the vocabulary teaches (the synonym group "aboutsubject").
  'aboutsubject',
  // A greeting or thanks in a language the vocabulary teaches (the synonym group "smalltalk").
  'smalltalk',
  // Units are converted, so asking in acres must not favour or disfavour any area figure.
  ...AREA_UNITS,
]);

/** Prepositions before a name that make it what the question is about ("in Vanuatu", "by HALO"). */
export const NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'for', 'by', 'at', 'on', 'to', 'across', 'throughout', 'within', 'inside', 'near', 'around']);

/** Chat shorthand: known words, never names. */
export const CHAT_WORDS: ReadonlySet<string> = new Set('comms ppl pls plz thx btw fyi asap tbh imo imho idk lol yr yrs approx pcs nos hrs govt gov info stats couldnt wouldnt shouldnt cant wont hadnt didnt doesnt isnt arent wasnt werent havent hasnt dont'.split(' '));

export const MONTHS: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Month number (1-12) of a month's name or its three-letter abbreviation. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)) || (w === 'sept' && m === 'september'));
  return i < 0 ? undefined : i + 1;
}

const SMALL_TALK_PART = String.raw`(?:(?:hi|hello|hey|yo|hiya|howdy|good (?:morning|afternoon|evening)|greetings|sup|what'?s up)(?: there)?(?: bot)?|(?:thanks?|thank (?:you|u|ya)|thanx|thnx|thx|tks|ty|cheers|much appreciated|great|cool|nice|ok(?:ay)?|awesome|perfect|got it|bye|goodbye|see you|good night|lol|haha|:\)|:-\))(?: (?:so much|a lot|bot|mate|very much))?|(?:(?:that|this|it)(?:'?s| is| was) )?(?:(?:very|really|super|so) )?(?:helpful|useful|great|perfect|clear|interesting)|(?:that|this) (?:helps|helped)|good to know|appreciate it|nice one|good bot|well done|who are you|what are you|what can you do|are you (?:a )?(?:bot|robot|human|real|there)|who (?:made|built|wrote|created|runs|owns) (?:you|this bot|this|the bot)|how are you(?: doing)?|help me|test(?:ing)?|(?:is )?(?:any ?one|any ?body|some ?one) (?:home|there|around|awake|here)|you there|still there)`;
// ("thanks, that's super helpful 🙏": emoji between and after the words, and their skin tones.)
const EMOJI = String.raw`\p{Extended_Pictographic}|\u{FE0F}|\u{200D}|\p{Emoji_Modifier}`;
/** Greetings, thanks and small talk, alone or a few together ("thanks, that's helpful"): answered with a pointer to help, never with a fact. */
const PLAIN_SMALL_TALK = new RegExp(`^(?:\\s|${EMOJI})*${SMALL_TALK_PART}(?:(?:[\\s,!.]|${EMOJI})+${SMALL_TALK_PART}){0,2}(?:[\\s!.?]|${EMOJI})*$`, 'iu');
// "Thank you, this was very helpful for my article": thanks, with what they helped with.
const THANKS_FOR = new RegExp(`^(?:\\s|${EMOJI})*(?:thanks?|thank (?:you|u|ya)|thanx|thnx|thx|tks|ty|cheers|much appreciated)(?: (?:so much|a lot|very much))?(?:(?:[\\s,!.]|${EMOJI})+${SMALL_TALK_PART}){0,2}\\s+(?:for|with) (?:my|our|the|this|your) [\\w-]+(?: [\\w-]+)?(?:[\\s!.?]|${EMOJI})*$`, 'iu');
/** Greetings, thanks and small talk, alone or a few together: answered with a pointer to help, never with a fact. */
export const SMALL_TALK = { test: (q: string): boolean => PLAIN_SMALL_TALK.test(q) || THANKS_FOR.test(q) };

/**
 * Everyday words that are not in the fact base. Known to the speller so they are left alone rather
 * than "corrected" into a word of the fact base ("read" -> "road"), but still weigh against a match.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  ('able above across actual actually add after afternoon age ago agree air all almost alone along already alright ' +
    'although always among answer anyone anything apple around art article away baby back bad bag ball bank ' +
    'bar base bear beat beautiful because become bed before begin behind believe best better between big bill bird ' +
    'birth black blue board boat body book born both box boy break bring brother brown buy call came camera cap ' +
    'capital car card care carry case cat catch cause chance change cheap check city class close clothes coffee ' +
    'cold college color colour come common company computer cook cool copy corner correct could couple course ' +
    'cover cup cut dad dark day dear decide deep describe design detail die difference different dinner direction ' +
    'doctor dog door down draw dream dress drink drive drop during early earth east easy eat eight either else ' +
    'email enough even evening event everyone everything exact example excellent expect explain eye face fact ' +
    'fall famous far fast father favourite favorite feel few film final fine fire first fish five floor fly ' +
    'follow food foot football forget form found founded four free friend front full fun game garden gave girl ' +
    'glass going gold good great green grow guess guy hair half hand happen happy hard hate heart heavy held ' +
    'high hill history hold holiday home hope horse hot hotel hour house human hungry idea important inside ' +
    'instead interest interesting job join joke keep key kitchen knew language large last late later ' +
    'laugh learn least leave less letter life light line list listen little live local long look lose loss love ' +
    'low lunch machine made make man map mark market match matter maybe meal mean member message middle might ' +
    'mind minute miss mom money month morning mother mountain move movie music name near nearly never new news next ' +
    'nice night nothing notice old once open order other outside own page paper parent park part party pass past ' +
    'pen pencil phone photo picture piece place plan plane play player point poor possible post pretty price ' +
    'probably program public pull push put question quiet quite rain raise reach read ready real reason ' +
    'red remember repeat reply rich ride right river room round rule run sad same save saw second ' +
    'see seem sell send sentence serious set seven several shape shop short shot side sign simple since sing ' +
    'sister sit six skin sleep slow small smile snow somebody someone something sometimes somewhere son song soon ' +
    'sorry sound soup south space speak special spell sport spring stand star start stay step stop story street ' +
    'strong student study subject summer sun sure surprise swim table take talk tall taste tea teacher team tell ' +
    'ten test text thing think third thousand thousands three through ticket today together told tomorrow tonight ' +
    'took top total town toy travel tree trip true try turn twice two type uncle under understand until use useful ' +
    'usual voice wait walk wall warm wash watch water way wear weather week weekend weight welcome well west ' +
    'while white why wife win window winter wish without woman wonder wood word world worry write writing ' +
    'wrong yellow yesterday young zero still yet already ever lol haha wow cool great awesome weird funny').split(/\s+/u),
);

/** Conversational words that say little about what is asked ("my uncle is going next month"). */
export const FILLER: ReadonlySet<string> = new Set(
  ('mr mrs ms dr sir madam excellency actual actually already anyone anything asked ask article class doing friend friends going guess guy idea ' +
    'interested interesting journalist look looking maybe mom dad month next piece project read report reporting ' +
    'someone something somewhere story student study think uncle wonder wondering writ writing write working ' +
    'quick question curious exactly roughly approximately approx around nearly almost official officially ' +
    'source sources latest newest recent update updated real true correct right sure cumulative mention ' +
    'aunt uncle grandfather grandmother grandpa grandma mother father brother sister cousin colleague teacher ' +
    'editor professor classmate neighbour neighbor told tell heard hear claim claims claimed check double ' +
    'verify confirm confirmed pretty part bit thing stuff theyve weve ive youre thats whats heres ' +
    'mentioned talk talked discuss discussed figure figures stats number numbers project projects deal slide brief briefing ' +
    'proposal proposals draft drafts board deck memo presentation newsletter factsheet brochure lesson lessons intern ' +
    'says say claims write writes wrote sorry here new please pls thanks').split(/\s+/u),
);

/** Nouns for people in general: "how many people ..." counts whatever the verb says, not "people". */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  'people peoples person persons ppl individuals individual humans folks residents inhabitants population'.split(' '),
);

/** Nouns for countable things in general: "how many items" counts whatever the rest says. */
export const COUNT_NOUNS: ReadonlySet<string> = new Set('item items piece pieces unit units thing things object objects one ones number numbers total time times occasions'.split(' '));

/** Verbs of saying, counting and reporting: a question using one may name who said or counted a figure. */
export const REPORT_VERBS: ReadonlySet<string> = new Set(
  ('say said says saying tell told tells report reported reports reporting record recorded records log logged logs ' +
    'count counted counts estimate estimated estimates estimat according publish published announce announced state stated ' +
    'claim claimed claims note noted cite cited spokesman spokeswoman spokesperson quote quoted credit credited put ' +
    'attribute attributed blame blamed explain explained give gave given').split(/\s+/u),
);

/** Words that exclude what follows: "other than mines", "not cluster", "except UXO". */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'except', 'beyond', 'excluding', 'exclude', 'besides', 'without', 'than', 'minus', 'aside', 'apart', 'non', 'rather', 'outside', 'excluded', 'apart', 'werent', 'wasnt', 'isnt', 'arent', 'didnt', 'doesnt', 'dont', 'havent', 'hasnt', 'couldnt', 'wouldnt', 'shouldnt', 'cant', 'wont', 'hadnt']);

/** A name of a body that governs: "the National Authority", "Statistics Bureau", "Department of Health". */
export const GOVERNING_BODY = /\b(?:authority|bureau|department|commission)\b/iu;
