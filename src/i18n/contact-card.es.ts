import type { ContactCardMessages } from './contact-card.en.js';

/** Spanish messages of <intake-contact-card> (US Spanish, "usted"), same keys as English. */
export const contactCardEs: ContactCardMessages = {
  heading: 'Hable con un especialista de admisiones',
  message:
    'Gratis y confidencial. Podemos verificar su seguro médico y ayudarle a planear el siguiente paso.',
  call: 'Llamar al {phone}',
  callShort: 'Llamar',
  callAfterHours: 'Llamar 24/7',
  text: 'Enviar un mensaje de texto',
  email: 'Enviar un correo',
  directions: 'Cómo llegar',
  address: 'Dirección',
  open247: 'Abierto 24/7',
  openUntil: 'Abierto ahora · hasta {time}',
  openUntilDay: 'Abierto ahora · hasta el {day} a {time}',
  closedOpens: 'Cerrado · abre el {day} a {time}',
  closedOpensToday: 'Cerrado · abre hoy a {time}',
  timeAt: 'las {time}',
  timeAtOne: 'la {time}',
  days: 'lunes,martes,miércoles,jueves,viernes,sábado,domingo',
  am: 'a.m.',
  pm: 'p.m.',
  midnight: 'medianoche',
  closed: 'Cerrado ahora',
  hoursUnknown: '',
  whenYouCall: 'Cuando llame',
  callAfterHoursLine: 'Llamar a nuestra línea 24/7: {phone}',
  call911: 'Llamar al 911',
  afterHours:
    '¿En peligro ahora? Llame al 911. Para hablar con alguien ahora, llame al 988 (Línea 988 de Prevención del Suicidio y Crisis; marque 2 para español) o envíe AYUDA por mensaje de texto al 988. Para encontrar tratamiento, llame a la Línea Nacional de Ayuda de SAMHSA. El 988 y la Línea de SAMHSA son gratis y atienden las 24 horas, todos los días.',
  samhsa: 'Llamar a la Línea Nacional de Ayuda de SAMHSA: 1-800-662-4357',
  samhsaTty: 'Llamar a SAMHSA por TTY: 1-800-487-4889',
  crisis:
    '¿En crisis? Llame al 988 (marque 2 para español) o envíe AYUDA por mensaje de texto al 988. ¿En peligro ahora? Llame al 911.',
  crisisCall: 'Llamar al 988',
  crisisText: 'Enviar un mensaje de texto al 988',
  crisisChat: 'Chatear con el 988',
  barCrisis: 'Llamar al 988, la Línea 988 de Prevención del Suicidio y Crisis',
  dismiss: 'Ocultar la barra de llamada',
  barHidden: 'La barra de llamada está oculta.',
  opensInNewTab: '(se abre en una pestaña nueva)',
};
