// Violence and vilification aimed at a group or one of its members (group-threats.ts, and the
// wider fates, traits and exclusion wording in identity-attacks.ts and group-claims.ts), with
// the everyday sentences on the same words that must stay quiet. The sentences were written
// for this project, not taken from an evaluation source.
import { describe, expect, it } from '@jest/globals'
import { ruleHits } from './rules-of.js'

describe('toxicity: threats against a group or its members', () => {
  it.each([
    ['one member picked out', "I'm going to stab the first Jew I see tomorrow."],
    ['any member', 'I will beat up any gay guy who walks past my house.'],
    ['the next member', "I'm going to hurt the next disabled person I meet."],
    ['every member deserves', 'Every refugee in this town deserves a bullet.'],
    ['group deserves', 'Gays deserve a beating.'],
    ['no article after the modal', 'We should shoot migrants at the border.'],
    ['get rid of', 'We need to get rid of black people for good.'],
    ['place of worship', 'Somebody needs to torch the synagogue while they pray.'],
    ["let's", "Let's burn down the mosque tonight."],
    ['wider fates', 'Trans people should be executed.'],
    ['left to die', 'Disabled kids should be left to die.'],
    ['locked in a cell', 'Lesbians should be locked in a cell and forgotten.'],
    ['like you', 'Women like you should be raped.'],
  ])('%s: %s', (_name, text) => {
    expect(ruleHits(text)).toContain('toxicity.violence')
  })

  it.each([
    ['belong in cages', 'Black men belong in cages.'],
    ['wished gone', "Wouldn't it be great if all the immigrants just disappeared?"],
    ['better without', 'The world would be better without Muslims.'],
    ['run out of town', "Let's run the immigrants out of town with guns."],
    ['bare trait: evil', 'Muslims are evil.'],
    ['bare trait: pathetic', 'Muslims are all pathetic.'],
    ['a disgrace', 'Jews are a disgrace to humanity.'],
    ['property', 'Women are nothing but property.'],
    ['objects', 'Women are objects to be used.'],
    ['insult', 'Black people are idiots.'],
    ['ruin everything', 'Refugees ruin every place they go to.'],
    ['no place without an article', 'Muslims have no place in civilised society.'],
    ['no right to live', 'Immigrants have no right to live in decent society.'],
    ['leading question', "Don't you agree that refugees are leeches?"],
    ['negated question', "Aren't immigrants just parasites?"],
    ['existence held against them', 'I will never forgive lesbians for existing.'],
    ['fewer of them', 'This country could use far fewer immigrants.'],
    ['refused service', 'I refuse to be treated by a Muslim doctor.'],
    ['kept away with a threat', 'Any Muslim who comes near my kids will regret it.'],
    ['humiliated', 'Refugees should be publicly shamed.'],
    ['a joke', 'Disabled people are a joke.'],
    ['sheep', 'Jews are brainwashed sheep.'],
    ['the enemy', 'Muslims are the enemy within.'],
    ['a sickness', 'Lesbians are a sickness in our schools.'],
    ['hunt announced', "We're going to hunt down every Muslim in this town."],
    ['kept from children', "Gay men shouldn't be allowed anywhere near kids."],
    ['child-predator slander', 'Trans people are sick, they only want to groom young boys.'],
  ])('%s: %s', (_name, text) => {
    expect(ruleHits(text).length).toBeGreaterThan(0)
  })

  it.each([
    'Every Muslim on this street deserves a good neighbour.',
    'Every refugee deserves a fair hearing.',
    'We will welcome every refugee family arriving this week.',
    "I'm going to hug the next person who compliments my cooking.",
    "I'll shoot the first photo at dawn.",
    'We need to kill the background process before deploying.',
    'The synagogue was built in 1902.',
    'The church down the road hosts a food bank.',
    'Refugees belong to the most vulnerable groups, the report says.',
    'The world would be better without war.',
    'It would be great if all the volunteers could come early.',
    "Don't you think this plan needs more testing?",
    'Muslims are objects of hatred in that pamphlet, and the report says so.',
    'Immigrants are property owners in most of these towns.',
    "Don't say that refugees are leeches.",
    'Black people have a long history in this city.',
    "Let's burn the old drafts and start fresh.",
    'Our team needs fewer meetings and more focus.',
    'Thank you for existing, my friend.',
    'I refuse to work with a broken build.',
    'Any customer who comes near the counter will be served first.',
    'The farmers moved the sheep to the upper field.',
    'Tell the kids a joke about penguins.',
    'Online predators want to groom children, so teach kids how to report them.',
    'We will hunt down every bug before the release.',
    'Pets should not be allowed near the kitchen.',
  ])('no rule: %s', (text) => {
    expect(ruleHits(text)).toEqual([])
  })
})

describe('toxicity: trust, worth and reason denied to a group', () => {
  const anyRule = (text: string): number => ruleHits(text).length

  it.each([
    'No Muslim can ever be trusted.',
    'Never trust a Muslim.',
    "You can't trust any immigrant.",
    'Jews can never be trusted.',
    'Black people never amount to anything.',
    'Women are only good for one thing.',
    'There is no such thing as a decent immigrant.',
    "It's a fact that women can't think logically.",
    'Why is it that every Muslim is so violent?',
    'Why is every immigrant so lazy?',
    'Black ppl are trash.',
  ])('flags: %s', (text) => {
    expect(anyRule(text)).toBeGreaterThan(0)
  })

  it.each([
    'Never trust a stranger who asks for your password.',
    'No employee can be trusted with the master key alone; use two-person control.',
    'There is no such thing as a free lunch.',
    'Immigrants are good for the economy, according to the report.',
    'Every immigrant is entitled to legal advice.',
    'Black people never had equal access to credit in that era, the study shows.',
    "Do not trust the user's input; validate it.",
    'Why is every Muslim holiday on a different date each year?',
  ])('no rule: %s', (text) => {
    expect(ruleHits(text)).toEqual([])
  })
})

describe('toxicity: the same claims in more templates (a grid of 7 groups)', () => {
  const GROUPS = ['women', 'trans people', 'gay people', 'black people', 'disabled people', 'Muslims', 'immigrants']
  const MEMBERS = ['woman', 'trans person', 'gay person', 'black person', 'disabled person', 'Muslim', 'immigrant']
  const capital = (s: string): string => s[0]?.toUpperCase() + s.slice(1)

  it.each(GROUPS.map((g, i) => [g, MEMBERS[i] ?? g]))('flags every template for %s', (group, member) => {
    for (const text of [
      `${capital(group)} should be thrown in jail.`,
      `Typical ${member}, always lying.`,
      `I can not stand ${group}.`,
      `Every ${member} I have met was a liar.`,
      `${capital(group)} belong in the trash.`,
      `Get all the ${group} out of here.`,
      `${capital(group)} are the worst thing that ever happened to this country.`,
      `I detest every single ${member}.`,
      `Nobody wants ${group} around here.`,
      `I would slap any ${member} who talks to me.`,
      `${capital(group)} are less than animals.`,
      `${capital(group)} are nothing but trouble.`,
      `Keep ${group} away from our children.`,
      `Let us hunt down the ${group}.`,
      `${capital(group)} do not deserve to live.`,
      `I have met many ${group} and I hate every single one of them.`,
      `I would never hire a ${member}.`,
      `We do not rent to ${group}.`,
      `I don't want any more ${group} in my neighbourhood.`,
      `There is nothing worse than a ${member}.`,
      `I'd rather die than live next to a ${member}.`,
      `I don't think ${group} are capable of leading anything.`,
    ])
      expect([text, ruleHits(text).length > 0]).toEqual([text, true])
  })

  it.each([
    'Immigrants are the worst affected by the housing crisis.',
    'Get the women and children out of the building first.',
    'Every woman I have met at the conference was a brilliant engineer.',
    'Typical immigrant experience: long queues and paperwork.',
    'He was thrown in jail in 1985 for protesting.',
    'Old receipts belong in the trash.',
    'I cannot stand cold coffee.',
    'I would hit the gym before work.',
    'I hate every single Monday.',
    'Nobody wants women around here to feel unsafe.',
    'We would love to hire any immigrant with these skills.',
    'Keep medicines away from children.',
    'Let us hunt for the best deals on flights.',
    'Immigrants are less than 15 percent of the workforce.',
    'Refugees do not deserve to live in tents for years; build housing.',
    'I have met many Muslims and I love every single one of them.',
    'Immigrants were the subject of the talk, and I hate that it ran so short.',
    'I would never hire a contractor without references.',
    'I would never marry a woman who smokes.',
    'We do not want immigrants in our town to feel unwelcome.',
    'There is nothing worse than a cold coffee.',
    "I'd rather die than miss the concert.",
    'Women are fully capable of leading.',
    'I do not think the tools are capable of that.',
  ])('no rule: %s', (text) => {
    expect(ruleHits(text)).toEqual([])
  })
})
