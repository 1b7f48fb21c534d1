import { expect } from '@open-wc/testing';
import {
  type Answers,
  type CareRecommendation,
  LEVELS,
  type Level,
  MODEL_VERSION,
  NOTE_IDS,
  type NoteId,
  normalizeAnswers,
  OUTCOMES,
  type Outcome,
  QUESTIONS,
  type QuestionId,
  type Ratings,
  type Reason,
  recommendCare,
  stopsEarly,
  visibleQuestions,
} from '../../src/care-quiz/model.js';

/** Runs the model and collects its warnings instead of printing them. */
function run(answers: unknown): { result: CareRecommendation; warnings: string[] } {
  const warnings: string[] = [];
  const result = recommendCare(answers, { onWarning: (message) => warnings.push(message) });
  return { result, warnings };
}

/** Runs `body` with console.warn captured. */
function consoleWarnings(body: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    body();
  } finally {
    console.warn = original;
  }
  return seen;
}

interface OutcomeCase {
  name: string;
  answers: Answers;
  outcome: Outcome;
  level?: Level;
  /** `null`: the result must have no `next`. */
  next?: { outcome: Outcome; level?: Level } | null;
}

function checkOutcome(c: OutcomeCase): void {
  const { result, warnings } = run(c.answers);
  expect(warnings, 'valid answers give no warnings').to.deep.equal([]);
  expect(result.outcome).to.equal(c.outcome);
  expect(result.level).to.equal(c.level);
  if (c.next === null) expect(result).not.to.have.property('next');
  else if (c.next !== undefined) expect(result.next).to.deep.equal(c.next);
  if (c.outcome !== 'detox') expect(result).not.to.have.property('next');
}

describe('care-quiz model: contract', () => {
  it('has the model version', () => {
    expect(MODEL_VERSION).to.equal('care-quiz/1');
    expect(recommendCare({}).model).to.equal('care-quiz/1');
  });

  const contract: [QuestionId, 'one' | 'many', string[]][] = [
    ['who', 'one', ['self', 'loved-one']],
    ['urgent', 'many', ['self-harm-plan', 'overdose', 'severe-withdrawal', 'unsafe-now', 'none']],
    ['self-harm-thoughts', 'one', ['not-at-all', 'several-days', 'more-than-half', 'nearly-every-day']],
    ['substances', 'many', ['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other']],
    ['frequency', 'one', ['less-than-weekly', '1-3-days', '4-6-days', 'daily']],
    ['drinks-per-day', 'one', ['1-2', '3-4', '5-6', '7-9', '10-plus']],
    ['withdrawal-history', 'many', ['seizure', 'dts', 'hallucinations', 'medical-detox', 'none']],
    ['withdrawal-now', 'one', ['none', 'mild', 'strong']],
    ['health', 'many', ['pregnant', 'serious-illness', 'fever-infection', 'age-65-plus', 'none']],
    ['mental-health', 'one', ['not-at-all', 'somewhat', 'a-lot', 'cant-stay-safe']],
    ['readiness', 'one', ['ready-now', 'thinking', 'pressured', 'not-sure']],
    ['past-attempts', 'one', ['never-tried', 'stopped-months', 'relapsed-weeks', 'relapsed-days']],
    ['recent-treatment', 'one', ['none', 'completed-abstinent', 'completed-using', 'left-early']],
    ['home', 'one', ['safe', 'others-use', 'unstable']],
    ['support', 'one', ['strong', 'some', 'little-none']],
    ['commitments', 'one', ['keep-routine', 'can-step-away', 'not-sure']],
  ];

  it('lists the questions in flow order', () => {
    expect(QUESTIONS.map((q) => q.id)).to.deep.equal(contract.map(([id]) => id));
  });

  for (const [id, type, options] of contract) {
    it(`question ${id}: ${type}, options ${options.join(', ')}`, () => {
      const question = QUESTIONS.find((q) => q.id === id)!;
      expect(question.type).to.equal(type);
      expect([...question.options]).to.deep.equal(options);
    });
  }

  it('cannot be changed by mutating the exported question table', () => {
    const options = QUESTIONS[1].options as unknown as string[];
    expect(() => options.push('x')).to.throw();
    expect(() => {
      (QUESTIONS as unknown as unknown[]).length = 0;
    }).to.throw();
    expect(QUESTIONS).to.have.length(16);
  });

  it('exports every outcome, level and note id', () => {
    expect([...OUTCOMES]).to.deep.equal([
      'emergency',
      'crisis',
      'detox',
      'step-down',
      'residential',
      'php',
      'iop',
      'outpatient',
    ]);
    expect([...LEVELS]).to.have.members([
      'medical',
      'outpatient-possible',
      'php',
      'iop',
      'medically-monitored',
      'clinically-managed',
    ]);
    expect([...NOTE_IDS]).to.include.members([
      'medication-opioids',
      'naloxone',
      'keep-routine',
      'encourage',
      'recovery-residence',
      'early-intervention',
      'not-diagnosis',
      'emergency-overdose',
    ]);
  });
});

describe('care-quiz model: the example cases in the model', () => {
  const cases: (OutcomeCase & { notes?: NoteId[] })[] = [
    {
      name: '1. self-harm thoughts on several days, weekend drinking → crisis',
      answers: { 'self-harm-thoughts': 'several-days', substances: ['alcohol'], frequency: '1-3-days' },
      outcome: 'crisis',
    },
    {
      name: '2. a loved one who may have overdosed → emergency',
      answers: { who: 'loved-one', urgent: ['overdose'] },
      outcome: 'emergency',
      notes: ['emergency-overdose'],
    },
    {
      name: '3. alcohol daily, 10+ drinks, past seizure → detox, next iop',
      answers: {
        substances: ['alcohol'],
        frequency: 'daily',
        'drinks-per-day': '10-plus',
        'withdrawal-history': ['seizure'],
        home: 'safe',
        support: 'strong',
      },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'iop' },
    },
    {
      name: '4. sedatives daily → detox',
      answers: { substances: ['sedatives'], frequency: 'daily' },
      outcome: 'detox',
      level: 'medical',
    },
    {
      name: '5. alcohol daily, 5-6 drinks, mild withdrawal → detox (outpatient possible), next iop',
      answers: {
        substances: ['alcohol'],
        frequency: 'daily',
        'drinks-per-day': '5-6',
        'withdrawal-now': 'mild',
        health: ['none'],
        home: 'safe',
        support: 'strong',
      },
      outcome: 'detox',
      level: 'outpatient-possible',
      next: { outcome: 'iop' },
    },
    {
      name: '6. opioids daily, strong withdrawal, safe home, strong support → iop + medication note',
      answers: {
        substances: ['opioids'],
        frequency: 'daily',
        'withdrawal-now': 'strong',
        home: 'safe',
        support: 'strong',
      },
      outcome: 'iop',
      notes: ['medication-opioids'],
    },
    {
      name: '7. opioids daily, strong withdrawal, unstable home, little support → detox, next residential',
      answers: {
        substances: ['opioids'],
        frequency: 'daily',
        'withdrawal-now': 'strong',
        home: 'unstable',
        support: 'little-none',
      },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'residential', level: 'clinically-managed' },
    },
    {
      name: '8. stimulants daily, others use at home, relapsed within days → residential',
      answers: {
        substances: ['stimulants'],
        frequency: 'daily',
        home: 'others-use',
        'past-attempts': 'relapsed-days',
      },
      outcome: 'residential',
      level: 'clinically-managed',
    },
    {
      name: '9. alcohol 4-6 days, mental health gets in the way a lot → php',
      answers: {
        substances: ['alcohol'],
        frequency: '4-6-days',
        'mental-health': 'a-lot',
        home: 'safe',
        support: 'strong',
      },
      outcome: 'php',
    },
    {
      name: '10. stimulants 4-6 days, relapsed within weeks, others use at home → iop',
      answers: {
        substances: ['stimulants'],
        frequency: '4-6-days',
        'past-attempts': 'relapsed-weeks',
        home: 'others-use',
      },
      outcome: 'iop',
    },
    {
      name: '11. alcohol 1-3 days, stayed stopped for months → outpatient',
      answers: {
        substances: ['alcohol'],
        frequency: '1-3-days',
        home: 'safe',
        support: 'strong',
        'past-attempts': 'stopped-months',
      },
      outcome: 'outpatient',
    },
    {
      name: '12. finished treatment and not using → step-down iop',
      answers: { 'recent-treatment': 'completed-abstinent', home: 'safe', support: 'strong' },
      outcome: 'step-down',
      level: 'iop',
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      checkOutcome(c);
      if (c.notes) expect(recommendCare(c.answers).notes).to.include.members(c.notes);
    });
  }
});

describe('care-quiz model: ratings at each level', () => {
  type Dimension = keyof Ratings;
  const cases: [Dimension, number, string, Answers][] = [
    // D1 withdrawal risk
    ['d1', 3, 'sedatives daily', { substances: ['sedatives'], frequency: 'daily' }],
    ['d1', 1, 'sedatives 4-6 days', { substances: ['sedatives'], frequency: '4-6-days' }],
    ['d1', 3, 'alcohol with strong withdrawal', { substances: ['alcohol'], 'withdrawal-now': 'strong' }],
    ['d1', 3, 'sedatives with strong withdrawal', { substances: ['sedatives'], 'withdrawal-now': 'strong' }],
    ['d1', 0, 'alcohol with mild withdrawal', { substances: ['alcohol'], 'withdrawal-now': 'mild' }],
    [
      'd1',
      0,
      'stimulants with strong withdrawal',
      { substances: ['stimulants'], 'withdrawal-now': 'strong' },
    ],
    [
      'd1',
      3,
      'alcohol daily + past seizure',
      { substances: ['alcohol'], frequency: 'daily', 'withdrawal-history': ['seizure'] },
    ],
    [
      'd1',
      3,
      'alcohol daily + past DTs',
      { substances: ['alcohol'], frequency: 'daily', 'withdrawal-history': ['dts'] },
    ],
    [
      'd1',
      3,
      'alcohol daily + past hallucinations',
      { substances: ['alcohol'], frequency: 'daily', 'withdrawal-history': ['hallucinations'] },
    ],
    [
      'd1',
      3,
      'alcohol daily + past medical detox',
      { substances: ['alcohol'], frequency: 'daily', 'withdrawal-history': ['medical-detox'] },
    ],
    [
      'd1',
      1,
      'alcohol daily + no withdrawal history',
      { substances: ['alcohol'], frequency: 'daily', 'withdrawal-history': ['none'] },
    ],
    [
      'd1',
      1,
      'alcohol 4-6 days + past seizure',
      { substances: ['alcohol'], frequency: '4-6-days', 'withdrawal-history': ['seizure'] },
    ],
    [
      'd1',
      3,
      'alcohol daily + pregnant',
      { substances: ['alcohol'], frequency: 'daily', health: ['pregnant'] },
    ],
    [
      'd1',
      3,
      'alcohol daily + serious illness',
      { substances: ['alcohol'], frequency: 'daily', health: ['serious-illness'] },
    ],
    [
      'd1',
      3,
      'alcohol daily + age 65+',
      { substances: ['alcohol'], frequency: 'daily', health: ['age-65-plus'] },
    ],
    [
      'd1',
      1,
      'alcohol daily + fever (not a D1 risk)',
      { substances: ['alcohol'], frequency: 'daily', health: ['fever-infection'] },
    ],
    ['d1', 3, 'alcohol daily + sedatives', { substances: ['alcohol', 'sedatives'], frequency: 'daily' }],
    [
      'd1',
      1,
      'alcohol + sedatives 4-6 days',
      { substances: ['alcohol', 'sedatives'], frequency: '4-6-days' },
    ],
    [
      'd1',
      2,
      'alcohol daily, 5-6 drinks',
      { substances: ['alcohol'], frequency: 'daily', 'drinks-per-day': '5-6' },
    ],
    [
      'd1',
      2,
      'alcohol daily, 7-9 drinks',
      { substances: ['alcohol'], frequency: 'daily', 'drinks-per-day': '7-9' },
    ],
    [
      'd1',
      2,
      'alcohol daily, 10+ drinks',
      { substances: ['alcohol'], frequency: 'daily', 'drinks-per-day': '10-plus' },
    ],
    [
      'd1',
      1,
      'alcohol daily, 3-4 drinks',
      { substances: ['alcohol'], frequency: 'daily', 'drinks-per-day': '3-4' },
    ],
    ['d1', 1, 'alcohol daily, drinks unanswered', { substances: ['alcohol'], frequency: 'daily' }],
    [
      'd1',
      1,
      'alcohol 4-6 days, 10+ drinks',
      { substances: ['alcohol'], frequency: '4-6-days', 'drinks-per-day': '10-plus' },
    ],
    [
      'd1',
      0,
      'drinks without alcohol chosen',
      { substances: ['cannabis'], frequency: '1-3-days', 'drinks-per-day': '10-plus' },
    ],
    [
      'd1',
      2,
      'opioids daily, strong withdrawal',
      { substances: ['opioids'], frequency: 'daily', 'withdrawal-now': 'strong' },
    ],
    [
      'd1',
      1,
      'opioids daily, mild withdrawal',
      { substances: ['opioids'], frequency: 'daily', 'withdrawal-now': 'mild' },
    ],
    [
      'd1',
      1,
      'opioids 4-6 days, strong withdrawal',
      { substances: ['opioids'], frequency: '4-6-days', 'withdrawal-now': 'strong' },
    ],
    [
      'd1',
      0,
      'opioids 1-3 days, strong withdrawal',
      { substances: ['opioids'], frequency: '1-3-days', 'withdrawal-now': 'strong' },
    ],
    ['d1', 1, 'stimulants daily', { substances: ['stimulants'], frequency: 'daily' }],
    ['d1', 1, 'cannabis 4-6 days', { substances: ['cannabis'], frequency: '4-6-days' }],
    ['d1', 0, 'cannabis 1-3 days', { substances: ['cannabis'], frequency: '1-3-days' }],
    ['d1', 0, 'less than weekly', { substances: ['other'], frequency: 'less-than-weekly' }],
    ['d1', 0, 'nothing answered', {}],
    // D2 physical health
    ['d2', 3, 'pregnant + alcohol', { health: ['pregnant'], substances: ['alcohol'] }],
    ['d2', 3, 'pregnant + sedatives', { health: ['pregnant'], substances: ['sedatives'] }],
    ['d2', 3, 'pregnant + opioids', { health: ['pregnant'], substances: ['opioids'] }],
    ['d2', 0, 'pregnant + stimulants', { health: ['pregnant'], substances: ['stimulants', 'cannabis'] }],
    [
      'd2',
      2,
      'pregnant + stimulants + fever',
      { health: ['pregnant', 'fever-infection'], substances: ['stimulants'] },
    ],
    ['d2', 0, 'pregnant, no substance', { health: ['pregnant'] }],
    ['d2', 2, 'serious illness', { health: ['serious-illness'] }],
    ['d2', 2, 'fever or infection', { health: ['fever-infection'] }],
    ['d2', 2, 'illness + age 65+', { health: ['serious-illness', 'age-65-plus'] }],
    ['d2', 1, 'age 65+', { health: ['age-65-plus'] }],
    ['d2', 0, 'none', { health: ['none'] }],
    // D3 mental health and safety
    ['d3', 3, 'self-harm thoughts several days', { 'self-harm-thoughts': 'several-days' }],
    ['d3', 3, 'self-harm thoughts more than half', { 'self-harm-thoughts': 'more-than-half' }],
    ['d3', 3, 'self-harm thoughts nearly every day', { 'self-harm-thoughts': 'nearly-every-day' }],
    ['d3', 3, "can't stay safe", { 'mental-health': 'cant-stay-safe' }],
    ['d3', 2, 'gets in the way a lot', { 'self-harm-thoughts': 'not-at-all', 'mental-health': 'a-lot' }],
    ['d3', 1, 'somewhat', { 'mental-health': 'somewhat' }],
    ['d3', 0, 'not at all', { 'self-harm-thoughts': 'not-at-all', 'mental-health': 'not-at-all' }],
    // D4 readiness (wording only)
    ['d4', 0, 'ready now', { readiness: 'ready-now' }],
    ['d4', 1, 'thinking', { readiness: 'thinking' }],
    ['d4', 2, 'pressured', { readiness: 'pressured' }],
    ['d4', 2, 'not sure', { readiness: 'not-sure' }],
    ['d4', 0, 'unanswered', {}],
    // D5 relapse risk
    ['d5', 3, 'relapsed within days', { 'past-attempts': 'relapsed-days' }],
    ['d5', 3, 'left treatment early', { 'recent-treatment': 'left-early' }],
    ['d5', 2, 'relapsed within weeks', { 'past-attempts': 'relapsed-weeks' }],
    ['d5', 2, 'finished treatment, using again', { 'recent-treatment': 'completed-using' }],
    ['d5', 1, 'stayed stopped for months', { 'past-attempts': 'stopped-months' }],
    ['d5', 0, 'never tried', { 'past-attempts': 'never-tried', 'recent-treatment': 'none' }],
    ['d5', 0, 'finished treatment, not using', { 'recent-treatment': 'completed-abstinent' }],
    // D6 living environment and support
    ['d6', 3, 'unstable housing', { home: 'unstable', support: 'strong' }],
    ['d6', 2, 'others use at home', { home: 'others-use', support: 'strong' }],
    ['d6', 2, 'little or no support', { home: 'safe', support: 'little-none' }],
    ['d6', 1, 'some support', { home: 'safe', support: 'some' }],
    ['d6', 0, 'safe home, strong support', { home: 'safe', support: 'strong' }],
  ];

  for (const [dimension, rating, name, answers] of cases) {
    it(`${dimension.toUpperCase()} = ${rating}: ${name}`, () => {
      const { result, warnings } = run(answers);
      expect(warnings).to.deep.equal([]);
      expect(result.ratings[dimension]).to.equal(rating);
    });
  }
});

describe('care-quiz model: each rule firing and just not firing', () => {
  const cases: OutcomeCase[] = [
    // R1 emergency
    { name: 'R1: self-harm plan', answers: { urgent: ['self-harm-plan'] }, outcome: 'emergency' },
    { name: 'R1: overdose', answers: { urgent: ['overdose'] }, outcome: 'emergency' },
    { name: 'R1: severe withdrawal', answers: { urgent: ['severe-withdrawal'] }, outcome: 'emergency' },
    { name: 'R1: unsafe now', answers: { urgent: ['unsafe-now'] }, outcome: 'emergency' },
    {
      name: 'R1 wins over crisis and detox',
      answers: {
        urgent: ['unsafe-now'],
        'self-harm-thoughts': 'nearly-every-day',
        substances: ['sedatives'],
        frequency: 'daily',
      },
      outcome: 'emergency',
    },
    { name: 'R1 not: urgent none', answers: { urgent: ['none'] }, outcome: 'outpatient' },
    { name: 'R1 not: urgent empty', answers: { urgent: [] }, outcome: 'outpatient' },
    // R1b crisis
    {
      name: 'R1b: self-harm thoughts',
      answers: { 'self-harm-thoughts': 'more-than-half' },
      outcome: 'crisis',
    },
    { name: "R1b: can't stay safe", answers: { 'mental-health': 'cant-stay-safe' }, outcome: 'crisis' },
    {
      name: 'R1b wins over detox',
      answers: { 'self-harm-thoughts': 'several-days', substances: ['sedatives'], frequency: 'daily' },
      outcome: 'crisis',
    },
    {
      name: 'R1b not: urgent none, no self-harm thoughts',
      answers: { urgent: ['none'], 'self-harm-thoughts': 'not-at-all' },
      outcome: 'outpatient',
    },
    { name: 'R1b not: mental health a lot', answers: { 'mental-health': 'a-lot' }, outcome: 'php' },
    // R2 detox
    {
      name: 'R2 medical: D1 = 3 (next: D1 capped at 1 still gives iop)',
      answers: { substances: ['alcohol'], 'withdrawal-now': 'strong', frequency: '1-3-days' },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'iop' },
    },
    {
      name: 'R2 medical: D2 = 3 (pregnant, opioids)',
      answers: { health: ['pregnant'], substances: ['opioids'], frequency: 'less-than-weekly' },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'outpatient' },
    },
    {
      name: 'R2 not: pregnant, stimulants daily (D2 = 0)',
      answers: { health: ['pregnant'], substances: ['stimulants'], frequency: 'daily' },
      outcome: 'iop',
    },
    {
      name: 'R2 outpatient-possible: alcohol daily, 7-9 drinks',
      answers: { substances: ['alcohol'], frequency: 'daily', 'drinks-per-day': '7-9' },
      outcome: 'detox',
      level: 'outpatient-possible',
      next: { outcome: 'iop' },
    },
    {
      name: 'R2 not: alcohol daily, 3-4 drinks',
      answers: { substances: ['alcohol'], frequency: 'daily', 'drinks-per-day': '3-4' },
      outcome: 'iop',
    },
    {
      name: 'R2 outpatient-possible comes before the opioid rule (unstable home)',
      answers: { substances: ['alcohol'], frequency: 'daily', 'drinks-per-day': '10-plus', home: 'unstable' },
      outcome: 'detox',
      level: 'outpatient-possible',
      next: { outcome: 'iop' },
    },
    {
      name: 'R2 medical: opioid D1 = 2 with unstable home',
      answers: { substances: ['opioids'], frequency: 'daily', 'withdrawal-now': 'strong', home: 'unstable' },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'iop' },
    },
    {
      name: 'R2 medical: opioid D1 = 2 with relapse within days',
      answers: {
        substances: ['opioids'],
        frequency: 'daily',
        'withdrawal-now': 'strong',
        'past-attempts': 'relapsed-days',
      },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'php' },
    },
    {
      name: 'R2 medical: opioid D1 = 2 after leaving treatment early',
      answers: {
        substances: ['opioids'],
        frequency: 'daily',
        'withdrawal-now': 'strong',
        'recent-treatment': 'left-early',
      },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'php' },
    },
    {
      name: 'R2 not: opioid D1 = 2 with D6 = 2',
      answers: {
        substances: ['opioids'],
        frequency: 'daily',
        'withdrawal-now': 'strong',
        home: 'others-use',
      },
      outcome: 'iop',
    },
    {
      name: 'R2 not: opioid D1 = 2 with D5 = 2',
      answers: {
        substances: ['opioids'],
        frequency: 'daily',
        'withdrawal-now': 'strong',
        'past-attempts': 'relapsed-weeks',
      },
      outcome: 'iop',
    },
    {
      name: 'R2 not: opioids daily, mild withdrawal, unstable home (D1 = 1)',
      answers: { substances: ['opioids'], frequency: 'daily', 'withdrawal-now': 'mild', home: 'unstable' },
      outcome: 'iop',
    },
    // R3 step-down
    {
      name: 'R3 iop: finished treatment, not using',
      answers: { 'recent-treatment': 'completed-abstinent' },
      outcome: 'step-down',
      level: 'iop',
    },
    {
      name: 'R3 php: with D3 = 2',
      answers: { 'recent-treatment': 'completed-abstinent', 'mental-health': 'a-lot' },
      outcome: 'step-down',
      level: 'php',
    },
    {
      name: 'R3 iop: with D3 = 1',
      answers: { 'recent-treatment': 'completed-abstinent', 'mental-health': 'somewhat' },
      outcome: 'step-down',
      level: 'iop',
    },
    {
      name: 'R3 php: with others using at home (D6 = 2)',
      answers: { 'recent-treatment': 'completed-abstinent', home: 'others-use' },
      outcome: 'step-down',
      level: 'php',
    },
    {
      name: 'R3 php: with little support (D6 = 2)',
      answers: { 'recent-treatment': 'completed-abstinent', support: 'little-none' },
      outcome: 'step-down',
      level: 'php',
    },
    {
      name: 'R3 php: with unstable housing (D6 = 3)',
      answers: { 'recent-treatment': 'completed-abstinent', home: 'unstable' },
      outcome: 'step-down',
      level: 'php',
    },
    {
      name: 'R3 iop: with some support (D6 = 1)',
      answers: { 'recent-treatment': 'completed-abstinent', support: 'some' },
      outcome: 'step-down',
      level: 'iop',
    },
    {
      name: 'R3 comes before R4 and R5',
      answers: {
        'recent-treatment': 'completed-abstinent',
        'past-attempts': 'relapsed-days',
        home: 'others-use',
      },
      outcome: 'step-down',
      level: 'php',
    },
    {
      name: 'R3 not: finished treatment, using again',
      answers: { 'recent-treatment': 'completed-using' },
      outcome: 'iop',
    },
    // R4 residential
    {
      name: 'R4: unstable housing + relapse within weeks',
      answers: { home: 'unstable', 'past-attempts': 'relapsed-weeks' },
      outcome: 'residential',
      level: 'clinically-managed',
    },
    {
      name: 'R4: unstable housing + finished treatment, using again',
      answers: { home: 'unstable', 'recent-treatment': 'completed-using' },
      outcome: 'residential',
      level: 'clinically-managed',
    },
    {
      name: 'R4: unstable housing + little support',
      answers: { home: 'unstable', support: 'little-none' },
      outcome: 'residential',
      level: 'clinically-managed',
    },
    {
      name: 'R4 not: unstable housing, stopped for months, some support',
      answers: { home: 'unstable', 'past-attempts': 'stopped-months', support: 'some' },
      outcome: 'iop',
    },
    {
      name: 'R4: relapse within days + others use at home',
      answers: { 'past-attempts': 'relapsed-days', home: 'others-use' },
      outcome: 'residential',
      level: 'clinically-managed',
    },
    {
      name: 'R4: left treatment early + little support',
      answers: { 'recent-treatment': 'left-early', support: 'little-none' },
      outcome: 'residential',
      level: 'clinically-managed',
    },
    {
      name: 'R4 not: relapse within days + some support (D6 = 1)',
      answers: { 'past-attempts': 'relapsed-days', support: 'some' },
      outcome: 'php',
    },
    {
      name: 'R4 not: relapse within weeks + others use (D5 = 2)',
      answers: { 'past-attempts': 'relapsed-weeks', home: 'others-use' },
      outcome: 'iop',
    },
    {
      name: 'R4: mental health a lot + others use',
      answers: { 'mental-health': 'a-lot', home: 'others-use' },
      outcome: 'residential',
      level: 'medically-monitored',
    },
    {
      name: 'R4 not: mental health a lot + some support',
      answers: { 'mental-health': 'a-lot', support: 'some' },
      outcome: 'php',
    },
    {
      name: 'R4 not: mental health somewhat + others use',
      answers: { 'mental-health': 'somewhat', home: 'others-use' },
      outcome: 'iop',
    },
    {
      name: 'R4 medically monitored: with serious illness',
      answers: { 'past-attempts': 'relapsed-days', home: 'others-use', health: ['serious-illness'] },
      outcome: 'residential',
      level: 'medically-monitored',
    },
    {
      name: 'R4 medically monitored: with fever or infection',
      answers: { 'past-attempts': 'relapsed-days', home: 'unstable', health: ['fever-infection'] },
      outcome: 'residential',
      level: 'medically-monitored',
    },
    {
      name: 'R4 clinically managed: age 65+ (D2 = 1)',
      answers: { 'past-attempts': 'relapsed-days', home: 'others-use', health: ['age-65-plus'] },
      outcome: 'residential',
      level: 'clinically-managed',
    },
    // R5 partial hospitalization
    { name: 'R5: mental health a lot', answers: { 'mental-health': 'a-lot' }, outcome: 'php' },
    {
      name: 'R5: relapse within days, safe and supported (D6 = 0)',
      answers: { 'past-attempts': 'relapsed-days', home: 'safe', support: 'strong' },
      outcome: 'php',
    },
    {
      name: 'R5: left early, some support (D6 = 1)',
      answers: { 'recent-treatment': 'left-early', support: 'some' },
      outcome: 'php',
    },
    {
      name: 'R5 not: mental health somewhat',
      answers: { 'mental-health': 'somewhat' },
      outcome: 'outpatient',
    },
    { name: 'R5 not: relapse within weeks', answers: { 'past-attempts': 'relapsed-weeks' }, outcome: 'iop' },
    // R6 intensive outpatient
    {
      name: 'R6: 4-6 days a week (D1 = 1)',
      answers: { substances: ['cannabis'], frequency: '4-6-days' },
      outcome: 'iop',
    },
    { name: 'R6: daily (D1 = 1)', answers: { substances: ['other'], frequency: 'daily' }, outcome: 'iop' },
    {
      name: 'R6: relapse within weeks (D5 = 2)',
      answers: { 'past-attempts': 'relapsed-weeks' },
      outcome: 'iop',
    },
    { name: 'R6: others use at home (D6 = 2)', answers: { home: 'others-use' }, outcome: 'iop' },
    { name: 'R6: little support (D6 = 2)', answers: { support: 'little-none' }, outcome: 'iop' },
    { name: 'R6: unstable housing alone (D6 = 3)', answers: { home: 'unstable' }, outcome: 'iop' },
    {
      name: 'R6 not: everything just below (D1 0, D2 1, D3 1, D5 1, D6 1)',
      answers: {
        substances: ['stimulants'],
        frequency: '1-3-days',
        health: ['age-65-plus'],
        'mental-health': 'somewhat',
        'past-attempts': 'stopped-months',
        support: 'some',
      },
      outcome: 'outpatient',
    },
    // R7 outpatient
    { name: 'R7: nothing answered', answers: {}, outcome: 'outpatient' },
    {
      name: 'R7: alcohol 1-3 days',
      answers: { substances: ['alcohol'], frequency: '1-3-days' },
      outcome: 'outpatient',
    },
  ];

  for (const c of cases)
    it(`${c.name} → ${c.outcome}${c.level ? ` (${c.level})` : ''}`, () => checkOutcome(c));
});

describe('care-quiz model: next after detox', () => {
  const cases: OutcomeCase[] = [
    {
      name: 'sedatives daily → next iop (D1 capped at 1 still counts)',
      answers: { substances: ['sedatives'], frequency: 'daily' },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'iop' },
    },
    {
      name: 'pregnant, alcohol now and then (D1 = 0) → next outpatient',
      answers: { health: ['pregnant'], substances: ['alcohol'], frequency: '1-3-days' },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'outpatient' },
    },
    {
      name: 'after finishing treatment → next step-down iop',
      answers: { substances: ['sedatives'], frequency: 'daily', 'recent-treatment': 'completed-abstinent' },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'step-down', level: 'iop' },
    },
    {
      name: 'after finishing treatment, unstable housing → next step-down php',
      answers: {
        substances: ['sedatives'],
        frequency: 'daily',
        'recent-treatment': 'completed-abstinent',
        home: 'unstable',
      },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'step-down', level: 'php' },
    },
    {
      name: 'serious illness, unstable home, little support → next residential, medically monitored',
      answers: {
        substances: ['alcohol'],
        frequency: 'daily',
        health: ['serious-illness'],
        home: 'unstable',
        support: 'little-none',
      },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'residential', level: 'medically-monitored' },
    },
    {
      name: 'mental health a lot → next php',
      answers: { substances: ['sedatives'], frequency: 'daily', 'mental-health': 'a-lot' },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'php' },
    },
    {
      name: 'relapse within days, others use → next residential',
      answers: {
        substances: ['sedatives'],
        frequency: 'daily',
        'past-attempts': 'relapsed-days',
        home: 'others-use',
      },
      outcome: 'detox',
      level: 'medical',
      next: { outcome: 'residential', level: 'clinically-managed' },
    },
    {
      name: 'no next without detox',
      answers: { substances: ['alcohol'], frequency: 'daily' },
      outcome: 'iop',
      next: null,
    },
  ];
  for (const c of cases) it(c.name, () => checkOutcome(c));
});

describe('care-quiz model: reasons are the answers that fired the rule', () => {
  const cases: [string, Answers, Reason[]][] = [
    [
      'detox from sedatives daily',
      {
        substances: ['sedatives', 'cannabis'],
        frequency: 'daily',
        home: 'others-use',
        readiness: 'pressured',
      },
      [
        { question: 'substances', option: 'sedatives' },
        { question: 'frequency', option: 'daily' },
      ],
    ],
    [
      'detox from strong withdrawal with alcohol and sedatives',
      { substances: ['sedatives', 'alcohol', 'opioids'], frequency: '1-3-days', 'withdrawal-now': 'strong' },
      [
        { question: 'substances', option: 'alcohol' },
        { question: 'substances', option: 'sedatives' },
        { question: 'withdrawal-now', option: 'strong' },
      ],
    ],
    [
      'detox from alcohol daily with DTs and age',
      {
        substances: ['alcohol'],
        frequency: 'daily',
        'withdrawal-history': ['dts'],
        health: ['age-65-plus'],
        'drinks-per-day': '1-2',
      },
      [
        { question: 'substances', option: 'alcohol' },
        { question: 'frequency', option: 'daily' },
        { question: 'withdrawal-history', option: 'dts' },
        { question: 'health', option: 'age-65-plus' },
      ],
    ],
    [
      'detox from pregnancy and opioids',
      { health: ['pregnant'], substances: ['opioids', 'cannabis'], frequency: 'less-than-weekly' },
      [
        { question: 'substances', option: 'opioids' },
        { question: 'health', option: 'pregnant' },
      ],
    ],
    [
      'outpatient-possible detox',
      { substances: ['alcohol'], frequency: 'daily', 'drinks-per-day': '5-6', 'withdrawal-now': 'mild' },
      [
        { question: 'substances', option: 'alcohol' },
        { question: 'frequency', option: 'daily' },
        { question: 'drinks-per-day', option: '5-6' },
      ],
    ],
    [
      'opioid detox with unstable housing',
      {
        substances: ['opioids'],
        frequency: 'daily',
        'withdrawal-now': 'strong',
        home: 'unstable',
        support: 'little-none',
      },
      [
        { question: 'substances', option: 'opioids' },
        { question: 'frequency', option: 'daily' },
        { question: 'withdrawal-now', option: 'strong' },
        { question: 'home', option: 'unstable' },
      ],
    ],
    [
      'emergency',
      { urgent: ['unsafe-now', 'overdose'], substances: ['opioids'] },
      [
        { question: 'urgent', option: 'overdose' },
        { question: 'urgent', option: 'unsafe-now' },
      ],
    ],
    [
      'crisis',
      { 'self-harm-thoughts': 'several-days', 'mental-health': 'cant-stay-safe', home: 'unstable' },
      [
        { question: 'self-harm-thoughts', option: 'several-days' },
        { question: 'mental-health', option: 'cant-stay-safe' },
      ],
    ],
    [
      'step-down php',
      {
        'recent-treatment': 'completed-abstinent',
        'mental-health': 'a-lot',
        home: 'others-use',
        support: 'some',
      },
      [
        { question: 'mental-health', option: 'a-lot' },
        { question: 'recent-treatment', option: 'completed-abstinent' },
        { question: 'home', option: 'others-use' },
      ],
    ],
    [
      'residential (example 8): not the frequency',
      {
        substances: ['stimulants'],
        frequency: 'daily',
        home: 'others-use',
        'past-attempts': 'relapsed-days',
      },
      [
        { question: 'past-attempts', option: 'relapsed-days' },
        { question: 'home', option: 'others-use' },
      ],
    ],
    [
      'residential, medically monitored for illness',
      { 'past-attempts': 'relapsed-days', home: 'others-use', health: ['serious-illness'] },
      [
        { question: 'health', option: 'serious-illness' },
        { question: 'past-attempts', option: 'relapsed-days' },
        { question: 'home', option: 'others-use' },
      ],
    ],
    [
      'residential from unstable housing and little support',
      { home: 'unstable', support: 'little-none', 'past-attempts': 'stopped-months' },
      [
        { question: 'home', option: 'unstable' },
        { question: 'support', option: 'little-none' },
      ],
    ],
    [
      'php from relapse within days',
      { 'past-attempts': 'relapsed-days', support: 'some' },
      [{ question: 'past-attempts', option: 'relapsed-days' }],
    ],
    [
      'iop (example 10)',
      {
        substances: ['stimulants'],
        frequency: '4-6-days',
        'past-attempts': 'relapsed-weeks',
        home: 'others-use',
      },
      [
        // How often, and of what.
        { question: 'substances', option: 'stimulants' },
        { question: 'frequency', option: '4-6-days' },
        { question: 'past-attempts', option: 'relapsed-weeks' },
        { question: 'home', option: 'others-use' },
      ],
    ],
    [
      'iop from opioid withdrawal (example 6)',
      { substances: ['opioids'], frequency: 'daily', 'withdrawal-now': 'strong', support: 'some' },
      [
        { question: 'substances', option: 'opioids' },
        { question: 'frequency', option: 'daily' },
        { question: 'withdrawal-now', option: 'strong' },
      ],
    ],
    [
      'outpatient: what was used and how often',
      {
        substances: ['alcohol'],
        frequency: '1-3-days',
        'past-attempts': 'stopped-months',
        readiness: 'thinking',
      },
      [
        { question: 'substances', option: 'alcohol' },
        { question: 'frequency', option: '1-3-days' },
      ],
    ],
    ['outpatient with nothing answered', {}, []],
    [
      'outpatient: every substance used, and less than weekly',
      {
        substances: ['alcohol', 'sedatives', 'opioids', 'stimulants', 'cannabis', 'other'],
        frequency: 'less-than-weekly',
      },
      [
        { question: 'substances', option: 'alcohol' },
        { question: 'substances', option: 'sedatives' },
        { question: 'substances', option: 'opioids' },
        { question: 'substances', option: 'stimulants' },
        { question: 'substances', option: 'cannabis' },
        { question: 'substances', option: 'other' },
        { question: 'frequency', option: 'less-than-weekly' },
      ],
    ],
    [
      'detox from alcohol daily with sedatives: alcohol is a reason too',
      { substances: ['alcohol', 'sedatives'], frequency: 'daily' },
      [
        { question: 'substances', option: 'alcohol' },
        { question: 'substances', option: 'sedatives' },
        { question: 'frequency', option: 'daily' },
      ],
    ],
    [
      'detox from opioid withdrawal after a relapse within days',
      {
        substances: ['opioids'],
        frequency: 'daily',
        'withdrawal-now': 'strong',
        'past-attempts': 'relapsed-days',
      },
      [
        { question: 'substances', option: 'opioids' },
        { question: 'frequency', option: 'daily' },
        { question: 'withdrawal-now', option: 'strong' },
        { question: 'past-attempts', option: 'relapsed-days' },
      ],
    ],
    [
      'detox from opioid withdrawal with an unstable home: a relapse within weeks is no reason',
      {
        substances: ['opioids'],
        frequency: 'daily',
        'withdrawal-now': 'strong',
        home: 'unstable',
        'past-attempts': 'relapsed-weeks',
      },
      [
        { question: 'substances', option: 'opioids' },
        { question: 'frequency', option: 'daily' },
        { question: 'withdrawal-now', option: 'strong' },
        { question: 'home', option: 'unstable' },
      ],
    ],
    [
      'residential from mental health a lot with others using at home',
      { 'mental-health': 'a-lot', home: 'others-use' },
      [
        { question: 'mental-health', option: 'a-lot' },
        { question: 'home', option: 'others-use' },
      ],
    ],
    [
      'residential from unstable housing and a relapse within weeks',
      { home: 'unstable', 'past-attempts': 'relapsed-weeks' },
      [
        { question: 'past-attempts', option: 'relapsed-weeks' },
        { question: 'home', option: 'unstable' },
      ],
    ],
    [
      'residential: mental health somewhat (D3 = 1) and age 65+ (D2 = 1) are no reasons',
      {
        'past-attempts': 'relapsed-days',
        home: 'others-use',
        'mental-health': 'somewhat',
        health: ['age-65-plus'],
      },
      [
        { question: 'past-attempts', option: 'relapsed-days' },
        { question: 'home', option: 'others-use' },
      ],
    ],
    [
      'iop from others using at home: stayed stopped for months (D5 = 1) is no reason',
      { home: 'others-use', 'past-attempts': 'stopped-months' },
      [{ question: 'home', option: 'others-use' }],
    ],
    [
      'emergency: every urgent item',
      { urgent: ['self-harm-plan', 'overdose', 'severe-withdrawal', 'unsafe-now'] },
      [
        { question: 'urgent', option: 'self-harm-plan' },
        { question: 'urgent', option: 'overdose' },
        { question: 'urgent', option: 'severe-withdrawal' },
        { question: 'urgent', option: 'unsafe-now' },
      ],
    ],
  ];
  for (const [name, answers, reasons] of cases) {
    it(name, () => expect(recommendCare(answers).reasons).to.deep.equal(reasons));
  }
});

describe('care-quiz model: notes', () => {
  const residential: Answers = { 'past-attempts': 'relapsed-days', home: 'others-use' };
  const detox: Answers = { substances: ['sedatives'], frequency: 'daily' };
  const cases: [string, Answers, NoteId[], NoteId[]][] = [
    // [name, answers, must include, must not include]
    [
      'opioids (outpatient)',
      { substances: ['opioids'], frequency: '1-3-days' },
      ['medication-opioids', 'naloxone'],
      [],
    ],
    [
      'opioids (emergency, overdose)',
      { urgent: ['overdose'], substances: ['opioids'] },
      ['emergency-overdose', 'medication-opioids', 'naloxone'],
      [],
    ],
    ['no opioids', { substances: ['alcohol', 'stimulants'] }, [], ['medication-opioids', 'naloxone']],
    ['emergency without overdose', { urgent: ['unsafe-now'] }, [], ['emergency-overdose']],
    ['keep routine + residential', { ...residential, commitments: 'keep-routine' }, ['keep-routine'], []],
    ['keep routine + detox', { ...detox, commitments: 'keep-routine' }, ['keep-routine'], []],
    ['can step away + residential', { ...residential, commitments: 'can-step-away' }, [], ['keep-routine']],
    ['not sure + detox', { ...detox, commitments: 'not-sure' }, [], ['keep-routine']],
    ['commitments unanswered + residential', residential, [], ['keep-routine']],
    ['keep routine + php', { 'mental-health': 'a-lot', commitments: 'keep-routine' }, [], ['keep-routine']],
    ['keep routine + iop', { home: 'others-use', commitments: 'keep-routine' }, [], ['keep-routine']],
    ['keep routine + outpatient', { commitments: 'keep-routine' }, [], ['keep-routine']],
    [
      'keep routine + step-down',
      { 'recent-treatment': 'completed-abstinent', commitments: 'keep-routine' },
      [],
      ['keep-routine'],
    ],
    [
      'keep routine + crisis',
      { 'mental-health': 'cant-stay-safe', commitments: 'keep-routine' },
      [],
      ['keep-routine'],
    ],
    ['keep routine + emergency', { urgent: ['overdose'], commitments: 'keep-routine' }, [], ['keep-routine']],
    ['readiness pressured', { readiness: 'pressured' }, ['encourage'], []],
    ['readiness not sure', { ...residential, readiness: 'not-sure' }, ['encourage'], []],
    ['readiness thinking', { readiness: 'thinking' }, [], ['encourage']],
    ['readiness ready now', { readiness: 'ready-now' }, [], ['encourage']],
    [
      'step-down with unstable housing',
      { 'recent-treatment': 'completed-abstinent', home: 'unstable' },
      ['recovery-residence'],
      [],
    ],
    [
      'step-down with others using',
      { 'recent-treatment': 'completed-abstinent', home: 'others-use' },
      [],
      ['recovery-residence'],
    ],
    [
      'detox, next step-down with unstable housing',
      { ...detox, 'recent-treatment': 'completed-abstinent', home: 'unstable' },
      ['recovery-residence'],
      [],
    ],
    [
      'residential with unstable housing',
      { home: 'unstable', support: 'little-none' },
      [],
      ['recovery-residence'],
    ],
    [
      'outpatient, less than weekly',
      { substances: ['cannabis'], frequency: 'less-than-weekly' },
      ['early-intervention'],
      [],
    ],
    ['outpatient, 1-3 days', { substances: ['cannabis'], frequency: '1-3-days' }, [], ['early-intervention']],
    [
      'iop, less than weekly',
      { frequency: 'less-than-weekly', home: 'others-use' },
      [],
      ['early-intervention'],
    ],
    [
      'detox with next outpatient, less than weekly',
      { health: ['pregnant'], substances: ['alcohol'], frequency: 'less-than-weekly' },
      [],
      ['early-intervention'],
    ],
    ['every result is not a diagnosis', { urgent: ['overdose'] }, ['not-diagnosis'], []],
  ];
  for (const [name, answers, include, exclude] of cases) {
    it(name, () => {
      const { notes } = recommendCare(answers);
      expect(notes).to.include.members(include);
      for (const note of exclude) expect(notes).not.to.include(note);
      expect(notes.at(-1)).to.equal('not-diagnosis');
    });
  }

  it('commitments and readiness never change the outcome in these cases', () => {
    for (const base of [residential, detox, { home: 'others-use' } as Answers]) {
      const plain = recommendCare(base);
      const changed = recommendCare({ ...base, commitments: 'keep-routine', readiness: 'not-sure' });
      expect([changed.outcome, changed.level]).to.deep.equal([plain.outcome, plain.level]);
    }
  });
});

describe('care-quiz model: robustness', () => {
  const huge = 'x'.repeat(1_000_000);
  interface Robust {
    name: string;
    input: () => unknown;
    warnings: number;
    outcome?: Outcome;
    /** Every warning must match. */
    match?: RegExp;
  }
  const cases: Robust[] = [
    { name: 'undefined', input: () => undefined, warnings: 0, outcome: 'outpatient' },
    { name: 'null', input: () => null, warnings: 0, outcome: 'outpatient' },
    {
      name: 'a number',
      input: () => 42,
      warnings: 1,
      outcome: 'outpatient',
      match: /answers must be an object/,
    },
    { name: 'NaN', input: () => Number.NaN, warnings: 1, outcome: 'outpatient' },
    {
      // Not quoted: JSON text given as is would put the answers in the console.
      name: 'a string',
      input: () => '{"self-harm-thoughts":"several-days"}',
      warnings: 1,
      outcome: 'outpatient',
      match: /^care quiz: answers must be an object keyed by question id, got a string; ignored\.$/,
    },
    { name: 'a boolean', input: () => true, warnings: 1, outcome: 'outpatient' },
    { name: 'an array', input: () => [['urgent', ['overdose']]], warnings: 1, outcome: 'outpatient' },
    { name: 'an empty object', input: () => ({}), warnings: 0, outcome: 'outpatient' },
    {
      name: 'an unknown question',
      input: () => ({ foo: 'bar' }),
      warnings: 1,
      match: /unknown question "foo"/,
    },
    {
      name: 'two unknown questions',
      input: () => ({ foo: 1, bar: 2 }),
      warnings: 2,
      match: /unknown question/,
    },
    {
      name: 'an unknown option, repeated: one warning',
      input: () => ({
        substances: ['heroin', 'alcohol', 'heroin'],
        frequency: 'daily',
        'drinks-per-day': '5-6',
      }),
      warnings: 1,
      outcome: 'detox',
      // Not the id itself: an answer, even a misspelt one, stays out of the console.
      match: /^care quiz: unknown option for "substances"; ignored\.$/,
    },
    {
      name: "an unknown option in a 'one' question",
      input: () => ({ frequency: 'hourly', substances: ['sedatives'] }),
      warnings: 1,
      outcome: 'outpatient',
      match: /^care quiz: unknown option for "frequency"; ignored\.$/,
    },
    {
      name: "several answers to a 'one' question: the most serious is used",
      input: () => ({ substances: ['sedatives'], frequency: ['daily', 'less-than-weekly'] }),
      warnings: 1,
      outcome: 'detox',
      match: /"frequency" takes one option id, got several; the last in the question's order is used/,
    },
    {
      name: 'several answers about self-harm thoughts: the most serious is used',
      input: () => ({ 'self-harm-thoughts': ['not-at-all', 'several-days'] }),
      warnings: 1,
      outcome: 'crisis',
    },
    {
      name: "a one-item list for a 'one' question is its item",
      input: () => ({ substances: ['sedatives'], frequency: ['daily'] }),
      warnings: 0,
      outcome: 'detox',
    },
    {
      name: 'several answers to recent treatment: the most serious (left early) is used, not step-down',
      input: () => ({ 'recent-treatment': ['completed-abstinent', 'left-early'] }),
      warnings: 1,
      outcome: 'php',
    },
    {
      name: 'a one-item list for self-harm thoughts is read, not taken as the mildest answer',
      input: () => ({ 'self-harm-thoughts': ['several-days'] }),
      warnings: 0,
      outcome: 'crisis',
    },
    {
      name: "a string for a 'many' question is a one-item list",
      input: () => ({ substances: 'sedatives', frequency: 'daily' }),
      warnings: 0,
      outcome: 'detox',
    },
    {
      name: "a number for a 'one' question",
      input: () => ({ frequency: 7 }),
      warnings: 1,
      match: /got a number/,
    },
    {
      name: "an object for a 'one' question",
      input: () => ({ frequency: {} }),
      warnings: 1,
      match: /object/,
    },
    {
      name: "a number for a 'many' question",
      input: () => ({ urgent: 5 }),
      warnings: 1,
      outcome: 'outpatient',
    },
    {
      name: 'junk items in a list',
      input: () => ({ urgent: [1, null, {}, 'overdose', ['x']] }),
      warnings: 4,
      outcome: 'emergency',
      match: /"urgent" items must be option ids/,
    },
    {
      name: 'null answers are unanswered',
      input: () => ({ 'self-harm-thoughts': null, urgent: null }),
      warnings: 0,
    },
    {
      name: '"none" with an urgent item: the item wins',
      input: () => ({ urgent: ['none', 'overdose'] }),
      warnings: 1,
      outcome: 'emergency',
      match: /"none" together with other items/,
    },
    {
      name: 'a single urgent string',
      input: () => ({ urgent: 'overdose' }),
      warnings: 0,
      outcome: 'emergency',
    },
    {
      name: 'duplicate items',
      input: () => ({ urgent: ['overdose', 'overdose'] }),
      warnings: 0,
      outcome: 'emergency',
    },
    {
      name: 'ids are case-sensitive',
      input: () => ({ urgent: ['Overdose'] }),
      warnings: 1,
      outcome: 'outpatient',
    },
    { name: 'a huge question id', input: () => ({ [huge]: 1 }), warnings: 1, match: /^.{0,120}$/ },
    {
      name: 'a huge option id',
      input: () => ({ frequency: huge, substances: [huge, 'opioids'] }),
      warnings: 2,
    },
    {
      name: 'prototype keys from JSON',
      input: () =>
        JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
      warnings: 2,
      outcome: 'outpatient',
      match: /unknown question "(__proto__|constructor)"/,
    },
    {
      name: 'Object.prototype method names',
      input: () => ({ hasOwnProperty: 'x', toString: 'y', valueOf: 'z' }),
      warnings: 3,
      outcome: 'outpatient',
    },
    {
      name: 'inherited answers are not read',
      input: () => Object.create({ urgent: ['overdose'] }),
      warnings: 0,
      outcome: 'outpatient',
    },
    {
      name: 'a long list: an urgent item late in it still counts',
      input: () => ({ urgent: [...Array.from({ length: 5_000 }, () => 'none'), 'overdose'] }),
      warnings: 1,
      outcome: 'emergency',
      match: /"none" together with other items/,
    },
    {
      name: 'a huge list is read up to 10,000 items',
      input: () => ({ substances: Array.from({ length: 200_000 }, () => 'opioids') }),
      warnings: 1,
      match: /more than 10000 items/,
    },
    {
      name: 'a list of exactly 10,000 items is read whole',
      input: () => ({ substances: Array.from({ length: 10_000 }, () => 'opioids') }),
      warnings: 0,
    },
    {
      name: 'many problems: warnings are capped',
      input: () => Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`q${index}`, index])),
      warnings: 21,
    },
    {
      name: 'a cycle',
      input: () => {
        const answers: Record<string, unknown> = { substances: ['opioids'] };
        answers.self = answers;
        answers.urgent = [answers];
        return answers;
      },
      warnings: 2,
    },
    {
      name: 'a throwing getter',
      input: () => ({
        get urgent(): never {
          throw new Error('no');
        },
      }),
      warnings: 1,
      outcome: 'outpatient',
    },
    {
      name: 'a proxy that throws on every trap',
      input: () =>
        new Proxy(
          {},
          {
            ownKeys() {
              throw new Error('no');
            },
            get() {
              throw new Error('no');
            },
          },
        ),
      warnings: 1,
      outcome: 'outpatient',
    },
  ];

  for (const c of cases) {
    it(`${c.name}: never throws, ${c.warnings} warning(s)`, () => {
      const { result, warnings } = run(c.input());
      expect(result.model).to.equal('care-quiz/1');
      expect(warnings, warnings.join('\n')).to.have.length(c.warnings);
      if (c.outcome) expect(result.outcome).to.equal(c.outcome);
      for (const warning of warnings) {
        expect(warning.length, 'no huge strings echoed').to.be.below(200);
        if (c.match) expect(warning).to.match(c.match);
      }
      expect(({} as Record<string, unknown>).polluted, 'no prototype pollution').to.equal(undefined);
    });
  }

  it('does not echo control or bidi characters', () => {
    const { warnings } = run({ 'evil\u202e\n\u0007\u2066': 1 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"evil\ufffd\ufffd\ufffd\ufffd"');
    for (const char of ['\u202e', '\n', '\u0007', '\u2066']) expect(warnings[0]).not.to.contain(char);
  });

  it('the last capped warning says further warnings are suppressed', () => {
    const { warnings } = run(Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`q${index}`, 1])));
    expect(warnings.at(-1)).to.match(/further warnings suppressed/);
  });

  it('passes the first 20 warnings as they are, then one notice', () => {
    const { warnings } = run(
      Object.fromEntries(Array.from({ length: 100 }, (_, index) => [`q${index}`, index])),
    );
    expect(warnings).to.have.length(21);
    for (const warning of warnings.slice(0, 20)) expect(warning).to.match(/unknown question "q\d+"/);
    expect(warnings[20]).to.match(/further warnings suppressed/);
  });

  it('an id of exactly 40 characters is quoted whole', () => {
    const { warnings } = run({ ['y'.repeat(40)]: 1 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`"${'y'.repeat(40)}"`);
    expect(warnings[0]).not.to.contain('…');
  });

  it('a revoked proxy gives the mildest result with one warning', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const { result, warnings } = run(proxy);
    expect(result.outcome).to.equal('outpatient');
    expect(result.ratings).to.deep.equal({ d1: 0, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 });
    expect(result.reasons).to.deep.equal([]);
    expect(result.notes.at(-1)).to.equal('not-diagnosis');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^care quiz: could not /);
  });

  it('normalizeAnswers, stopsEarly and visibleQuestions do not throw on a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const warnings: string[] = [];
    expect(normalizeAnswers(proxy, (message) => warnings.push(message))).to.deep.equal({});
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/could not read all the answers/);
    expect(stopsEarly(proxy)).to.equal(null);
    expect(() => visibleQuestions(proxy)).not.to.throw();
  });

  it('a huge string is truncated to about 40 characters in the warning', () => {
    const { warnings } = run({ [huge]: 'daily' });
    expect(warnings[0]).to.contain(`"${'x'.repeat(40)}…"`);
    expect(warnings[0]).not.to.contain('x'.repeat(41));
  });

  it('warns through console.warn with the intake-widgets: prefix by default', () => {
    const printed = consoleWarnings(() => recommendCare({ foo: 1 }));
    expect(printed).to.deep.equal(['intake-widgets: care quiz: unknown question "foo"; ignored.']);
  });

  it('prints nothing for valid answers', () => {
    const printed = consoleWarnings(() => recommendCare({ urgent: ['none'], substances: 'alcohol' }));
    expect(printed).to.deep.equal([]);
  });

  it('survives a throwing onWarning and odd options', () => {
    const throwing = () => {
      throw new Error('no');
    };
    expect(recommendCare({ foo: 1, urgent: 'overdose' }, { onWarning: throwing }).outcome).to.equal(
      'emergency',
    );
    const printed = consoleWarnings(() => {
      expect(recommendCare({ foo: 1 }, null as never).outcome).to.equal('outpatient');
      expect(recommendCare({ foo: 1 }, { onWarning: 'no' as never }).outcome).to.equal('outpatient');
    });
    expect(printed).to.have.length(2);
  });

  it('does not change its input', () => {
    const answers = { urgent: ['none', 'overdose'], substances: ['opioids', 'alcohol'], foo: 1 };
    const copy = structuredClone(answers);
    run(answers);
    normalizeAnswers(answers, () => {});
    expect(answers).to.deep.equal(copy);
  });
});

describe('care-quiz model: normalizeAnswers', () => {
  const cases: [string, unknown, Answers, number][] = [
    ['keeps valid answers', { who: 'self', urgent: ['none'] }, { who: 'self', urgent: ['none'] }, 0],
    [
      'orders lists by option order and drops duplicates',
      { substances: ['opioids', 'alcohol', 'opioids'] },
      { substances: ['alcohol', 'opioids'] },
      0,
    ],
    ['reads a single string as a list', { health: 'pregnant' }, { health: ['pregnant'] }, 0],
    ['keeps an empty list', { health: [] }, { health: [] }, 0],
    [
      "keeps the most serious of several answers to a 'one' question",
      { frequency: ['daily', 'less-than-weekly'] },
      { frequency: 'daily' },
      1,
    ],
    ['drops none next to other items', { health: ['none', 'age-65-plus'] }, { health: ['age-65-plus'] }, 1],
    [
      'drops unknown ids',
      { frequency: 'often', foo: 'bar', substances: ['x', 'other'] },
      { substances: ['other'] },
      3,
    ],
    ['drops nulls silently', { frequency: null, substances: undefined }, {}, 0],
    ['returns {} for junk', 'junk', {}, 1],
  ];
  for (const [name, input, expected, warningCount] of cases) {
    it(name, () => {
      const warnings: string[] = [];
      const clean = normalizeAnswers(input, (message) => warnings.push(message));
      expect(clean).to.deep.equal(expected);
      expect(warnings).to.have.length(warningCount);
      const again: string[] = [];
      expect(
        normalizeAnswers(clean, (message) => again.push(message)),
        'idempotent',
      ).to.deep.equal(clean);
      expect(again).to.deep.equal([]);
    });
  }

  it('warns through console.warn by default', () => {
    const printed = consoleWarnings(() => normalizeAnswers({ foo: 1 }));
    expect(printed).to.have.length(1);
    expect(printed[0]).to.match(/^intake-widgets: /);
  });

  it('gives an object with only question ids as own keys', () => {
    const clean = normalizeAnswers(
      JSON.parse('{"__proto__": {"urgent": ["overdose"]}, "who": "self"}'),
      () => {},
    );
    expect(Object.keys(clean)).to.deep.equal(['who']);
    expect(Object.getPrototypeOf(clean)).to.equal(Object.prototype);
    expect(clean.urgent).to.equal(undefined);
  });
});

describe('care-quiz model: flow', () => {
  const all = QUESTIONS.map((q) => q.id);
  const withoutDrinks = all.filter((id) => id !== 'drinks-per-day');
  const upTo = (id: QuestionId, list: QuestionId[] = withoutDrinks) => list.slice(0, list.indexOf(id) + 1);
  const cases: [string, unknown, QuestionId[], 'emergency' | 'crisis' | null][] = [
    ['nothing answered: all but drinks-per-day', {}, withoutDrinks, null],
    ['alcohol: drinks-per-day after frequency', { substances: ['alcohol', 'opioids'] }, all, null],
    [
      'no alcohol: no drinks-per-day',
      { substances: ['opioids'], 'drinks-per-day': '1-2' },
      withoutDrinks,
      null,
    ],
    ['an urgent item stops after urgent', { urgent: ['severe-withdrawal'] }, ['who', 'urgent'], 'emergency'],
    ['urgent none goes on', { urgent: ['none'] }, withoutDrinks, null],
    ['a self-harm plan stops after urgent', { urgent: ['self-harm-plan'] }, ['who', 'urgent'], 'emergency'],
    [
      'urgent wins over self-harm thoughts',
      { urgent: ['overdose'], 'self-harm-thoughts': 'several-days' },
      ['who', 'urgent'],
      'emergency',
    ],
    [
      'self-harm thoughts stop after that question',
      { urgent: ['none'], 'self-harm-thoughts': 'nearly-every-day' },
      upTo('self-harm-thoughts'),
      'crisis',
    ],
    ['no self-harm thoughts goes on', { 'self-harm-thoughts': 'not-at-all' }, withoutDrinks, null],
    [
      "can't stay safe stops after mental-health (988 at once)",
      { substances: ['alcohol'], 'mental-health': 'cant-stay-safe' },
      upTo('mental-health', all),
      'crisis',
    ],
    ['mental health a lot goes on', { 'mental-health': 'a-lot' }, withoutDrinks, null],
    ['mental health not at all goes on', { 'mental-health': 'not-at-all' }, withoutDrinks, null],
    ['junk input: the whole flow', 42, withoutDrinks, null],
    ['junk answers are ignored', { urgent: 'now', substances: [1, 'alcohol'] }, all, null],
  ];
  for (const [name, answers, visible, early] of cases) {
    it(name, () => {
      const printed = consoleWarnings(() => {
        expect(visibleQuestions(answers)).to.deep.equal(visible);
        expect(stopsEarly(answers)).to.equal(early);
      });
      expect(printed, 'flow helpers stay quiet').to.deep.equal([]);
    });
  }

  it('an early stop agrees with the outcome', () => {
    expect(recommendCare({ urgent: ['overdose'] }).outcome).to.equal(stopsEarly({ urgent: ['overdose'] }));
    const crisis = { 'self-harm-thoughts': 'several-days' } as const;
    expect(recommendCare(crisis).outcome).to.equal(stopsEarly(crisis));
  });
});

// ---------------------------------------------------------------------------------------------
// Property-style test: random answer sets from a seeded PRNG, checked against invariants and
// against a second, deliberately plain reading of the model's tables.

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JUNK: unknown[] = [null, 42, true, 'nope', ['x'], {}, [null], 'x'.repeat(500), ['none', 'none']];

function randomAnswers(random: () => number): Record<string, unknown> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const answers: Record<string, unknown> = {};
  // Each set gets its own density, so both sparse and crowded answer sets occur.
  const density = 0.1 + random() * 0.4;
  const questions: readonly { id: QuestionId; type: 'one' | 'many'; options: readonly string[] }[] =
    QUESTIONS;
  for (const question of questions) {
    if (random() < 0.15) continue; // unanswered
    const real = question.options.filter((option) => option !== 'none');
    if (question.id === 'urgent') {
      // Mostly no urgent item, so the other rules get exercised too.
      answers.urgent = random() < 0.85 ? (random() < 0.5 ? ['none'] : []) : real.filter(() => random() < 0.4);
    } else if (question.id === 'self-harm-thoughts') {
      answers[question.id] = random() < 0.85 ? 'not-at-all' : pick(question.options);
    } else if (question.id === 'mental-health') {
      answers[question.id] = random() < 0.1 ? 'cant-stay-safe' : pick(question.options.slice(0, 3));
    } else if (question.type === 'many') {
      // Half the time a single item (the usual real answer), else a random subset.
      const chosen = random() < 0.5 ? [pick(question.options)] : real.filter(() => random() < density);
      answers[question.id] = chosen.length === 0 && question.options.includes('none') ? ['none'] : chosen;
    } else {
      answers[question.id] = pick(question.options);
    }
  }
  if (random() < 0.1) answers[pick(QUESTIONS).id] = pick(JUNK);
  if (random() < 0.05) {
    // An own `__proto__` key, as JSON.parse makes it (plain assignment would set the prototype).
    const key = pick(['foo', '__proto__', 'constructor']);
    Object.defineProperty(answers, key, {
      value: pick(JUNK),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return answers;
}

interface Expected {
  outcome: Outcome;
  level?: Level;
  next?: { outcome: Outcome; level?: Level };
  ratings: Ratings;
  notes: NoteId[];
}

/** The model file's rules, read plainly from clean answers. */
function expected(answers: Answers): Expected {
  const defaults = (id: QuestionId) => QUESTIONS.find((q) => q.id === id)!.options[0];
  const one = (id: QuestionId): string => (answers[id] as string | undefined) ?? defaults(id);
  const has = (id: QuestionId, option: string) => ((answers[id] ?? []) as readonly string[]).includes(option);
  const alcohol = has('substances', 'alcohol');
  const sedatives = has('substances', 'sedatives');
  const opioids = has('substances', 'opioids');
  const daily = one('frequency') === 'daily';
  const strong = one('withdrawal-now') === 'strong';
  const d1Three =
    (sedatives && daily) ||
    ((alcohol || sedatives) && strong) ||
    (alcohol &&
      daily &&
      (['seizure', 'dts', 'hallucinations', 'medical-detox'].some((item) =>
        has('withdrawal-history', item),
      ) ||
        ['pregnant', 'serious-illness', 'age-65-plus'].some((item) => has('health', item)) ||
        sedatives));
  const depressant = alcohol && daily && ['5-6', '7-9', '10-plus'].includes(one('drinks-per-day'));
  const opioid = opioids && daily && strong;
  const d1 = d1Three
    ? 3
    : depressant || opioid
      ? 2
      : ['4-6-days', 'daily'].includes(one('frequency'))
        ? 1
        : 0;
  const d2 =
    has('health', 'pregnant') && (alcohol || sedatives || opioids)
      ? 3
      : has('health', 'serious-illness') || has('health', 'fever-infection')
        ? 2
        : has('health', 'age-65-plus')
          ? 1
          : 0;
  const mental = one('mental-health');
  const d3 =
    one('self-harm-thoughts') !== 'not-at-all' || mental === 'cant-stay-safe'
      ? 3
      : mental === 'a-lot'
        ? 2
        : mental === 'somewhat'
          ? 1
          : 0;
  const d4 = ({ 'ready-now': 0, thinking: 1, pressured: 2, 'not-sure': 2 } as const)[
    one('readiness') as 'ready-now' | 'thinking' | 'pressured' | 'not-sure'
  ];
  const attempts = one('past-attempts');
  const recent = one('recent-treatment');
  const d5 =
    attempts === 'relapsed-days' || recent === 'left-early'
      ? 3
      : attempts === 'relapsed-weeks' || recent === 'completed-using'
        ? 2
        : attempts === 'stopped-months'
          ? 1
          : 0;
  const home = one('home');
  const support = one('support');
  const d6 =
    home === 'unstable'
      ? 3
      : home === 'others-use' || support === 'little-none'
        ? 2
        : support === 'some'
          ? 1
          : 0;
  const ratings: Ratings = { d1, d2, d3, d4, d5, d6 };

  const lower = (d1Used: number): { outcome: Outcome; level?: Level } => {
    if (recent === 'completed-abstinent')
      return { outcome: 'step-down', level: d3 === 2 || d6 >= 2 ? 'php' : 'iop' };
    if (
      (d6 === 3 && (d5 >= 2 || support === 'little-none')) ||
      (d5 === 3 && d6 >= 2) ||
      (d3 === 2 && d6 >= 2)
    ) {
      return {
        outcome: 'residential',
        level: d2 >= 2 || d3 === 2 ? 'medically-monitored' : 'clinically-managed',
      };
    }
    if (d3 === 2 || (d5 === 3 && d6 <= 1)) return { outcome: 'php' };
    if (d1Used >= 1 || d5 >= 2 || d6 >= 2) return { outcome: 'iop' };
    return { outcome: 'outpatient' };
  };

  let result: { outcome: Outcome; level?: Level; next?: { outcome: Outcome; level?: Level } };
  const urgent = ((answers.urgent ?? []) as readonly string[]).filter((item) => item !== 'none');
  if (urgent.length > 0) result = { outcome: 'emergency' };
  else if (d3 === 3) result = { outcome: 'crisis' };
  else if (d1 === 3 || d2 === 3)
    result = { outcome: 'detox', level: 'medical', next: lower(Math.min(d1, 1)) };
  else if (d1 === 2 && depressant)
    result = { outcome: 'detox', level: 'outpatient-possible', next: lower(1) };
  else if (d1 === 2 && opioid && (d6 === 3 || d5 === 3))
    result = { outcome: 'detox', level: 'medical', next: lower(1) };
  else result = lower(d1);

  const notes = new Set<NoteId>(['not-diagnosis']);
  if (urgent.includes('overdose')) notes.add('emergency-overdose');
  if ((result.outcome === 'step-down' || result.next?.outcome === 'step-down') && d6 === 3) {
    notes.add('recovery-residence');
  }
  if (result.outcome === 'outpatient' && one('frequency') === 'less-than-weekly')
    notes.add('early-intervention');
  if (answers.commitments === 'keep-routine' && ['residential', 'detox'].includes(result.outcome)) {
    notes.add('keep-routine');
  }
  if (opioids) {
    notes.add('medication-opioids');
    notes.add('naloxone');
  }
  if (d4 === 2) notes.add('encourage');
  return { ...result, ratings, notes: [...notes] };
}

describe('care-quiz model: properties over 5000 seeded random answer sets', function () {
  // Each property runs the model 10,000 times: well under a second, but on a shared, loaded
  // machine that can pass the default 5 s. This is room, not a time limit being tested.
  this.timeout(30_000);
  const random = mulberry32(20240601);
  const sets = Array.from({ length: 5000 }, () => randomAnswers(random));
  const quiet = { onWarning: () => {} };
  const outcomeOf = (result: CareRecommendation) => ({
    outcome: result.outcome,
    level: result.level,
    next: result.next,
  });

  /** Runs `check` on every set, naming the failing set. */
  function forAll(check: (answers: Record<string, unknown>, result: CareRecommendation) => void): void {
    for (const [index, answers] of sets.entries()) {
      const result = recommendCare(answers, quiet);
      try {
        check(answers, result);
      } catch (error) {
        (error as Error).message = `set #${index} ${JSON.stringify(answers)}: ${(error as Error).message}`;
        throw error;
      }
    }
  }

  it('the generator reaches every outcome and level', () => {
    const seen = new Map<string, number>();
    for (const answers of sets) {
      const result = recommendCare(answers, quiet);
      for (const key of [
        result.outcome,
        `${result.outcome}/${result.level}`,
        `next:${result.next?.outcome}`,
      ]) {
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
    }
    const needed = [
      ...OUTCOMES,
      'detox/medical',
      'detox/outpatient-possible',
      'step-down/php',
      'step-down/iop',
      'residential/medically-monitored',
      'residential/clinically-managed',
      'next:step-down',
      'next:residential',
      'next:php',
      'next:iop',
      'next:outpatient',
    ];
    for (const key of needed) expect(seen.get(key) ?? 0, key).to.be.at.least(5);
  });

  it('never throws; always model care-quiz/1, ratings 0..4, known ids', () => {
    forAll((_answers, result) => {
      expect(result.model).to.equal('care-quiz/1');
      expect(Object.keys(result.ratings)).to.deep.equal(['d1', 'd2', 'd3', 'd4', 'd5', 'd6']);
      for (const rating of Object.values(result.ratings)) {
        expect(Number.isInteger(rating) && rating >= 0 && rating <= 4, `rating ${rating}`).to.equal(true);
      }
      expect(OUTCOMES).to.include(result.outcome);
      if (result.level !== undefined) expect(LEVELS).to.include(result.level);
      expect(result.next !== undefined).to.equal(result.outcome === 'detox');
      if (result.next) expect(['emergency', 'crisis', 'detox']).not.to.include(result.next.outcome);
      expect(new Set(result.notes).size).to.equal(result.notes.length);
      expect(result.notes).to.include('not-diagnosis');
    });
  });

  it('any urgent item (not none) gives emergency', () => {
    let emergencies = 0;
    forAll((answers, result) => {
      const urgent = normalizeAnswers(answers, () => {}).urgent ?? [];
      const anyUrgent = urgent.some((item) => item !== 'none');
      if (anyUrgent) emergencies++;
      expect(result.outcome === 'emergency').to.equal(anyUrgent);
    });
    expect(emergencies).to.be.above(100);
  });

  it('readiness never changes the outcome, level or next', () => {
    forAll((answers, result) => {
      for (const readiness of [undefined, 'ready-now', 'thinking', 'pressured', 'not-sure']) {
        const changed = recommendCare({ ...answers, readiness }, quiet);
        expect(outcomeOf(changed)).to.deep.equal(outcomeOf(result));
      }
    });
  });

  it('commitments never change (so never lower) the outcome, level or next', () => {
    forAll((answers, result) => {
      for (const commitments of [undefined, 'keep-routine', 'can-step-away', 'not-sure']) {
        const changed = recommendCare({ ...answers, commitments }, quiet);
        expect(outcomeOf(changed)).to.deep.equal(outcomeOf(result));
      }
    });
  });

  it('reasons are answers that were given, never readiness or commitments', () => {
    forAll((answers, result) => {
      const clean = normalizeAnswers(answers, () => {}) as Record<string, string | readonly string[]>;
      for (const { question, option } of result.reasons) {
        expect(['who', 'readiness', 'commitments']).not.to.include(question);
        const given = clean[question];
        expect(
          Array.isArray(given) ? given.includes(option) : given === option,
          `${question}=${option}`,
        ).to.equal(true);
      }
      if (!['outpatient'].includes(result.outcome)) expect(result.reasons).not.to.be.empty;
    });
  });

  it('matches a plain reading of the ratings, decision table and notes', () => {
    forAll((answers, result) => {
      const want = expected(normalizeAnswers(answers, () => {}));
      expect(result.ratings).to.deep.equal(want.ratings);
      expect(outcomeOf(result)).to.deep.equal({ outcome: want.outcome, level: want.level, next: want.next });
      expect(result.notes).to.have.members(want.notes);
    });
  });

  it('gives the same result for normalized and JSON round-tripped answers', () => {
    forAll((answers, result) => {
      expect(
        recommendCare(
          normalizeAnswers(answers, () => {}),
          quiet,
        ),
      ).to.deep.equal(result);
      expect(recommendCare(JSON.parse(JSON.stringify(answers)), quiet)).to.deep.equal(result);
    });
  });
});
