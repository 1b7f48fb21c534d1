import type { ContactCardMessages } from './contact-card.en.js';

/** Spanish messages of <intake-contact-card> (US Spanish, "usted"), same keys as English. */
export const contactCardEs: ContactCardMessages = {
  heading: 'Hable con un especialista de admisiones',
  message: 'Gratis y confidencial. Podemos revisar su seguro y ayudarle a planear el siguiente paso.',
  call: 'Llamar al {phone}',
  callShort: 'Llamar',
  callAfterHours: 'Llamar 24/7',
  text: 'Enviar un mensaje de texto',
  email: 'Enviar un correo',
  directions: 'Cómo llegar',
  address: 'Dirección',
  open247: 'Abierto 24/7',
  openUntil: 'Abierto ahora · hasta {time}',
  openUntilDay: 'Abierto ahora · hasta el {day} {time}',
  closedOpens: 'Cerrado · abre el {day} {time}',
  closedOpensToday: 'Cerrado · abre hoy {time}',
  days: 'lun,mar,mié,jue,vie,sáb,dom',
  am: 'a.m.',
  pm: 'p.m.',
  closed: 'Cerrado ahora',
  hoursUnknown: '',
  whenYouCall: 'Cuando llame',
  afterHoursLine: 'Nuestra línea 24/7: {phone}',
  afterHours:
    '¿En peligro ahora? Llame al 911. Para hablar con alguien ahora, llame al 988 (marque 2 para español) o envíe AYUDA por texto al 988. Para encontrar tratamiento, llame a la Línea Nacional de SAMHSA. Las dos son gratis y abren 24/7.',
  samhsa: 'Línea de SAMHSA 1-800-662-4357',
  samhsaTty: 'TTY de SAMHSA 1-800-487-4889',
  crisis:
    '¿En crisis? Llame al 988 (marque 2 para español) o envíe AYUDA por texto al 988. ¿En peligro ahora? Llame al 911.',
  crisisCall: 'Llamar al 988',
  crisisText: 'Enviar texto al 988',
  crisisChat: 'Chatear con el 988',
  barCrisis: 'Llamar al 988, la Línea de Prevención del Suicidio y Crisis',
  dismiss: 'Ocultar la barra de llamada',
  opensInNewTab: '(se abre en una pestaña nueva)',
};
