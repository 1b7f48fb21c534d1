/**
 * English messages of <intake-care-quiz>. The keys are the names a site uses in a `strings`
 * override. Plain words, short sentences (about a sixth-to-eighth-grade reading level).
 *
 * Keys by kind: `q:<question>` question, `qh:<question>` a note under it, `o:<question>:<option>`
 * answer, `h:<question>:<option>` examples under an answer, `r:<question>` the short label in
 * "Why we suggest this", `outcome:` / `about:` / `hours:` per outcome, `level:`, `note:`.
 *
 * "You" or "they": `{you}`, `{your}`, `{yourself}`, `{them}` (and `{You}`, `{Your}` capitalized)
 * become the first or second half of the `you`, `your`, `yourself` and `them` messages, `A|B`, by
 * the answer to `who`.
 */
export const careQuizEn = {
  you: 'you|they',
  your: 'your|their',
  yourself: 'yourself|themselves',
  them: 'you|them',

  notice: 'In danger now? {call911} or {call988} / {text988}',
  call911: 'Call 911',
  call988: 'call 988',
  text988: 'text 988',

  progress: 'Question {n} of {total}',
  pickOne: 'Pick one.',
  pickMany: 'Pick all that apply.',
  error: 'Please choose an answer.',
  unticked: 'No longer checked: {options}.',
  back: 'Back',
  next: 'Next',
  finish: 'See my result',
  restart: 'Start over',
  cleared: 'Your answers were cleared.',
  undo: 'Undo',
  backToQuiz: 'Back to the questions',

  'q:who': 'Who are you asking for?',
  'o:who:self': 'Myself',
  'o:who:loved-one': 'Someone I care about',

  'q:urgent': 'Is any of this happening right now?',
  'o:urgent:self-harm-plan': 'Thinking of ending {your} life or hurting someone, with a plan',
  'o:urgent:overdose': 'A possible overdose',
  'h:urgent:overdose': 'Hard to wake up, slow or no breathing, blue lips',
  'o:urgent:severe-withdrawal': 'Dangerous withdrawal',
  'h:urgent:severe-withdrawal':
    'Seizure, chest pain, confusion, or seeing or hearing things while cutting down or stopping',
  'o:urgent:unsafe-now': 'Not safe where {you} are right now',
  'o:urgent:none': 'None of these',

  'q:self-harm-thoughts':
    'Over the last 2 weeks, how often have {you} been bothered by thoughts that {you} would be better off dead, or of hurting {yourself} in some way?',
  'o:self-harm-thoughts:not-at-all': 'Not at all',
  'o:self-harm-thoughts:several-days': 'Several days',
  'o:self-harm-thoughts:more-than-half': 'More than half the days',
  'o:self-harm-thoughts:nearly-every-day': 'Nearly every day',

  'q:substances': 'What have {you} used in the past 30 days?',
  'o:substances:alcohol': 'Alcohol',
  'o:substances:sedatives': 'Sedatives',
  'h:substances:sedatives':
    'Benzos like Xanax or Valium, sleeping pills or barbiturates, without a prescription or not as prescribed',
  'o:substances:opioids': 'Opioids',
  'h:substances:opioids': 'Heroin, fentanyl, or pain pills without a prescription or not as prescribed',
  'o:substances:stimulants': 'Stimulants',
  'h:substances:stimulants': 'Meth, cocaine, or Adderall not prescribed to {them}',
  'o:substances:cannabis': 'Cannabis (marijuana)',
  'o:substances:other': 'Something else',
  'o:substances:none': 'None of these in the past 30 days',

  'q:frequency': 'How often do {you} drink or use drugs?',
  'o:frequency:less-than-weekly': 'Less than once a week',
  'o:frequency:1-3-days': '1 to 3 days a week',
  'o:frequency:4-6-days': '4 to 6 days a week',
  'o:frequency:daily': 'Every day',

  'q:drinks-per-day': 'On a day when {you} drink, how many drinks do {you} have?',
  'qh:drinks-per-day': 'One drink is a can of beer, a glass of wine or a shot.',
  'o:drinks-per-day:1-2': '1 or 2',
  'o:drinks-per-day:3-4': '3 or 4',
  'o:drinks-per-day:5-6': '5 or 6',
  'o:drinks-per-day:7-9': '7 to 9',
  'o:drinks-per-day:10-plus': '10 or more',

  'q:withdrawal-history': 'When {you} cut down or stopped before, did {you} ever have any of these?',
  'o:withdrawal-history:seizure': 'A seizure',
  'o:withdrawal-history:dts': 'Delirium tremens (DTs)',
  'h:withdrawal-history:dts': 'Sudden, severe confusion with shaking and sweating',
  'o:withdrawal-history:hallucinations': 'Seeing or hearing things that were not there',
  'o:withdrawal-history:medical-detox': 'Needed medical detox',
  'o:withdrawal-history:none': 'None of these',

  'q:withdrawal-now': 'Do {you} have withdrawal symptoms now, or when {you} miss a dose?',
  'o:withdrawal-now:none': 'No',
  'o:withdrawal-now:mild': 'Mild',
  'h:withdrawal-now:mild': 'Shaky, anxious, sweaty, trouble sleeping',
  'o:withdrawal-now:strong': 'Strong',
  'h:withdrawal-now:strong': 'Throwing up, racing heart, bad shakes or cravings',

  'q:health': 'Does any of this apply to {them}?',
  'o:health:pregnant': 'Pregnant',
  'o:health:serious-illness': 'A serious illness that is not under control',
  'o:health:fever-infection': 'A fever or an infection',
  'o:health:age-65-plus': 'Age 65 or older',
  'o:health:none': 'None of these',

  'q:mental-health': 'How much do mood, anxiety or other mental health problems get in {your} way?',
  'o:mental-health:not-at-all': 'Not at all',
  'o:mental-health:somewhat': 'Somewhat',
  'o:mental-health:a-lot': 'A lot',
  'o:mental-health:cant-stay-safe': '{You} cannot take care of {yourself} or stay safe',

  'q:readiness': 'How do {you} feel about getting help?',
  'o:readiness:ready-now': 'Ready now',
  'o:readiness:thinking': 'Thinking about it',
  'o:readiness:pressured': 'Others want this more than {you} do',
  'o:readiness:not-sure': 'Not sure',

  'q:past-attempts': 'Have {you} tried to stop before?',
  'o:past-attempts:never-tried': 'No, never',
  'o:past-attempts:stopped-months': 'Yes, and stayed stopped for months',
  'o:past-attempts:relapsed-weeks': 'Yes, but started again within weeks',
  'o:past-attempts:relapsed-days': 'Yes, but started again within days, even in treatment',

  'q:recent-treatment': 'In the last 30 days, have {you} been in detox or residential treatment?',
  'o:recent-treatment:none': 'No',
  'o:recent-treatment:completed-abstinent': 'Yes, finished it and not using',
  'o:recent-treatment:completed-using': 'Yes, finished it but using again',
  'o:recent-treatment:left-early': 'Yes, but left early',

  'q:home': 'What is home like for {them} right now?',
  'o:home:safe': 'Safe and supportive',
  'o:home:others-use': 'People there drink or use drugs',
  'o:home:unstable': 'Unstable or unsafe, or no home',

  'q:support': 'Are there people who will help {them} day to day?',
  'o:support:strong': 'Yes, strong support',
  'o:support:some': 'Some',
  'o:support:little-none': 'Little or none',

  'q:commitments': 'What could really work for {them}?',
  'o:commitments:keep-routine': 'Keep working, going to school or caring for family',
  'o:commitments:can-step-away': 'Step away for a few weeks',
  'o:commitments:not-sure': 'Not sure',

  'r:urgent': 'Right now',
  'r:self-harm-thoughts': 'Thoughts of death or self-harm',
  'r:substances': 'Used',
  'r:frequency': 'How often',
  'r:drinks-per-day': 'Drinks on a drinking day',
  'r:withdrawal-history': 'Withdrawal before',
  'r:withdrawal-now': 'Withdrawal now',
  'r:health': 'Health',
  'r:mental-health': 'Mental health gets in the way',
  'r:readiness': 'Getting help',
  'r:past-attempts': 'Tried to stop before',
  'r:recent-treatment': 'Treatment in the last 30 days',
  'r:home': 'Home',
  'r:support': 'Support',
  'r:commitments': 'What could work',

  resultLead: 'A program that may fit:',
  'outcome:detox': 'Detox',
  'outcome:step-down': 'Step-down care',
  'outcome:residential': 'Residential treatment',
  'outcome:php': 'Partial hospitalization program (PHP)',
  'outcome:iop': 'Intensive outpatient program (IOP)',
  'outcome:outpatient': 'Outpatient counseling',
  'about:detox':
    'Detox is stopping alcohol or drugs with medical care. Nurses and doctors help {them} stop safely and ease the symptoms.',
  'hours:detox': 'Usually a few days to a week.',
  'about:step-down':
    'Step-down care comes after detox or a residential stay. Treatment goes on at a lower level, so {you} keep {your} progress.',
  'hours:step-down': 'Fewer hours each week as things get better.',
  'about:residential':
    'In residential treatment {you} live at the center, away from daily stress. Staff are there day and night.',
  'hours:residential': 'Care 24 hours a day, 7 days a week.',
  'about:php':
    'A partial hospitalization program gives treatment most of the day, most days. {You} sleep at home.',
  'hours:php': 'About 20 hours a week or more.',
  'about:iop':
    'An intensive outpatient program has group and one-on-one sessions a few days a week. {You} live at home and can often keep working or studying.',
  'hours:iop': 'About 9 to 19 hours a week, often 3 hours a day, 3 to 5 days a week.',
  'about:outpatient':
    'In outpatient counseling, {you} meet with a counselor on a set schedule. {You} keep {your} daily routine.',
  'hours:outpatient': 'About 1 to 8 hours a week.',

  'level:medical': 'Medical detox, with nurses and doctors there around the clock.',
  'level:outpatient-possible': 'Outpatient detox may be possible. A clinician decides.',
  'level:php': 'At the level of a partial hospitalization program, about 20 hours a week or more.',
  'level:iop': 'At the level of an intensive outpatient program, about 9 to 19 hours a week.',
  'level:medically-monitored': 'Medically monitored: nurses and doctors are part of daily care.',
  'level:clinically-managed': 'Clinically managed: counselors and staff guide each day.',
  afterDetox: 'After detox: {outcome}.',

  'note:emergency-overdose':
    'If it may be an overdose, give naloxone (Narcan) if you have it. Stay with the person until help comes.',
  'note:recovery-residence':
    'Home is not stable. Ask about a sober living home, also called a recovery residence.',
  'note:early-intervention': 'Use is less than weekly, so a few early counseling sessions may be enough.',
  'note:keep-routine':
    'We know {you} need to keep up with work, school or family. This level still fits the answers best. Admissions can talk through the options with you.',
  'note:medication-opioids':
    'For opioids, medicine works best. The choices are buprenorphine, methadone, or extended-release naltrexone, which needs 1 to 2 weeks without opioids first. Medicine can often start without a hospital stay.',
  'note:naloxone': 'Keep naloxone (Narcan) close. It can reverse an opioid overdose.',
  'note:encourage':
    'It is OK if {you} feel unsure. A call with admissions is free and does not commit {them} to anything.',
  'note:not-diagnosis': 'This is not a diagnosis. A clinician will recommend the right level of care.',

  why: 'Why we suggest this',
  notes: 'Good to know',
  whatNext: 'What happens next',
  callAdmissions: 'Call admissions: {phone}',
  callAfterHours: 'Call our 24/7 line: {phone}',
  verifyInsurance: 'Verify insurance',
  insuranceHidden: 'The insurance form is not shown on this page right now.',
  model: 'Model {version}',

  emergencyHeading: 'Call 911 now',
  emergencyText: 'This needs help right away. Call 911 now. Do not wait to see if it gets better.',
  poison: 'Call Poison Help, 1-800-222-1222',
  emergency988: 'For thoughts of suicide, you can also call or text 988.',

  crisisHeading: 'Please talk to someone now: call or text 988',
  crisisText:
    'The 988 Suicide & Crisis Lifeline is free and private. It is open 24/7. You can also call if you are worried about someone.',
  call988Button: 'Call 988',
  text988Button: 'Text 988',
  // In Spanish on the English screen too: it is for a reader who needs Spanish (marked lang="es").
  crisisSpanish: 'En español: llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988.',
  crisisTextLine: 'Or text HOME to 741741 (Crisis Text Line)',
  chat988: 'Or chat online with 988 at 988lifeline.org',
  opensInNewTab: '(opens in a new tab)',
  crisisAdmissions: 'When {you} are safe, call our admissions team. We can help plan the next step.',
};

export type CareQuizMessages = typeof careQuizEn;
export type CareQuizKey = keyof CareQuizMessages;
