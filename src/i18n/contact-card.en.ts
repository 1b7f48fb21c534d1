/**
 * English messages of <intake-contact-card>. The keys are the names a site uses in a `strings`
 * override. Placeholders are `{name}`. Plain words, short sentences.
 */
export const contactCardEn = {
  heading: 'Talk to an admissions specialist',
  message: 'Free and confidential. We can check your insurance and help you plan the next step.',
  call: 'Call {phone}',
  callShort: 'Call',
  callAfterHours: 'Call 24/7',
  text: 'Text us',
  email: 'Email us',
  directions: 'Get directions',
  address: 'Address',
  open247: 'Open 24/7',
  openUntil: 'Open now · until {time}',
  openUntilDay: 'Open now · until {day} {time}',
  closedOpens: 'Closed · opens {day} {time}',
  closedOpensToday: 'Closed · opens today {time}',
  closedOpensNextWeek: 'Closed · opens next {day} {time}',
  timeAt: '{time}',
  timeAtOne: '{time}',
  days: 'Mon,Tue,Wed,Thu,Fri,Sat,Sun',
  am: 'AM',
  pm: 'PM',
  midnight: 'midnight',
  closed: 'Closed now',
  hoursUnknown: '',
  whenYouCall: 'When you call',
  callAfterHoursLine: 'Call our 24/7 line: {phone}',
  call911: 'Call 911',
  afterHours:
    'In danger now? Call 911. To talk to someone now, call or text 988 (Suicide & Crisis Lifeline). For help finding treatment, call the SAMHSA National Helpline. 988 and the SAMHSA Helpline are free and open 24/7.',
  samhsa: 'Call the SAMHSA Helpline 1-800-662-4357',
  samhsaTty: 'Call SAMHSA by TTY 1-800-487-4889',
  crisis: 'In crisis? Call or text 988. In danger now? Call 911.',
  crisisCall: 'Call 988',
  crisisText: 'Text 988',
  crisisChat: 'Chat with 988',
  barCrisis: 'Call 988, the Suicide & Crisis Lifeline',
  dismiss: 'Hide the call bar',
  barHidden: 'The call bar is hidden.',
  opensInNewTab: '(opens in a new tab)',
};

export type ContactCardMessages = typeof contactCardEn;
