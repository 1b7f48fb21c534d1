import type { CareQuizMessages } from './care-quiz.en.js';

/**
 * Spanish messages of <intake-care-quiz> (US Spanish, "usted"), same keys as English. "Usted" and
 * "su ser querido" share the verb form, so most questions read right for both without a placeholder.
 */
export const careQuizEs: CareQuizMessages = {
  you: 'usted|su ser querido',
  your: 'su|su',
  yourself: 'usted|su ser querido',
  them: 'usted|su ser querido',

  notice: '¿En peligro ahora? {call911}, {call988} o {text988}',
  call911: 'Llame al 911',
  call988: 'llame al 988',
  text988: 'envíe un mensaje de texto al 988',

  progress: 'Pregunta {n} de {total}',
  pickOne: 'Elija una.',
  pickMany: 'Elija todas las que correspondan.',
  error: 'Por favor, elija una respuesta.',
  unticked: 'Se quitó la marca de: {options}.',
  back: 'Atrás',
  next: 'Siguiente',
  finish: 'Ver mi resultado',
  restart: 'Empezar de nuevo',
  cleared: 'Se borraron sus respuestas.',
  undo: 'Deshacer',
  backToQuiz: 'Volver a las preguntas',

  'q:who': '¿Para quién busca ayuda?',
  'o:who:self': 'Para mí',
  'o:who:loved-one': 'Para un ser querido',

  'q:urgent': '¿Está pasando algo de esto ahora mismo?',
  'o:urgent:self-harm-plan': 'Piensa en quitarse la vida o en hacerle daño a alguien, y tiene un plan',
  'o:urgent:overdose': 'Una posible sobredosis',
  'h:urgent:overdose':
    'Cuesta despertar a la persona, respira muy lento o no respira, tiene los labios azules',
  'o:urgent:severe-withdrawal': 'Síntomas de abstinencia peligrosos',
  'h:urgent:severe-withdrawal':
    'Convulsiones, dolor de pecho, confusión, o ver u oír cosas al dejar o reducir el consumo',
  'o:urgent:unsafe-now': 'No está a salvo donde está ahora',
  'o:urgent:none': 'Nada de esto',

  'q:self-harm-thoughts':
    'En las últimas 2 semanas, ¿qué tan seguido le han molestado a {you} pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera?',
  'o:self-harm-thoughts:not-at-all': 'Ningún día',
  'o:self-harm-thoughts:several-days': 'Varios días',
  'o:self-harm-thoughts:more-than-half': 'Más de la mitad de los días',
  'o:self-harm-thoughts:nearly-every-day': 'Casi todos los días',

  'q:substances': '¿Qué ha consumido {you} en los últimos 30 días?',
  'o:substances:alcohol': 'Alcohol',
  'o:substances:sedatives': 'Sedantes',
  'h:substances:sedatives':
    'Benzodiacepinas como Xanax o Valium, pastillas para dormir o barbitúricos, sin receta o no como se recetaron',
  'o:substances:opioids': 'Opioides',
  'h:substances:opioids': 'Heroína, fentanilo o pastillas para el dolor sin receta o no como se recetaron',
  'o:substances:stimulants': 'Estimulantes',
  'h:substances:stimulants': 'Metanfetamina (cristal), cocaína o Adderall que no le recetaron a {them}',
  'o:substances:cannabis': 'Cannabis (marihuana)',
  'o:substances:other': 'Otra cosa',
  'o:substances:none': 'Nada de esto en los últimos 30 días',

  'q:frequency': '¿Con qué frecuencia bebe alcohol o consume drogas {you}?',
  'o:frequency:less-than-weekly': 'Menos de una vez por semana',
  'o:frequency:1-3-days': '1 a 3 días por semana',
  'o:frequency:4-6-days': '4 a 6 días por semana',
  'o:frequency:daily': 'Todos los días',

  'q:drinks-per-day': 'Un día en que {you} bebe alcohol, ¿cuántos tragos toma?',
  'qh:drinks-per-day': 'Un trago es una lata de cerveza, una copa de vino o un shot de licor.',
  'o:drinks-per-day:1-2': '1 o 2',
  'o:drinks-per-day:3-4': '3 o 4',
  'o:drinks-per-day:5-6': '5 o 6',
  'o:drinks-per-day:7-9': '7 a 9',
  'o:drinks-per-day:10-plus': '10 o más',

  'q:withdrawal-history': 'Al dejar o reducir el consumo antes, ¿tuvo {you} alguna vez algo de esto?',
  'o:withdrawal-history:seizure': 'Una convulsión',
  'o:withdrawal-history:dts': 'Delirium tremens',
  'h:withdrawal-history:dts': 'Confusión fuerte y repentina, con temblores y sudor',
  'o:withdrawal-history:hallucinations': 'Ver u oír cosas que no estaban ahí',
  'o:withdrawal-history:medical-detox': 'Necesitó desintoxicación médica',
  'o:withdrawal-history:none': 'Nada de esto',

  'q:withdrawal-now':
    '¿Tiene {you} síntomas de abstinencia (malestar al dejar de consumir) ahora, o cuando pasa tiempo sin consumir?',
  'o:withdrawal-now:none': 'No',
  'o:withdrawal-now:mild': 'Leves',
  'h:withdrawal-now:mild': 'Temblores, ansiedad, sudor, problemas para dormir',
  'o:withdrawal-now:strong': 'Fuertes',
  'h:withdrawal-now:strong':
    'Vómitos, el corazón late muy rápido, temblores fuertes o muchas ganas de consumir',

  'q:health': '¿Algo de esto se aplica a {you}?',
  'o:health:pregnant': 'Embarazo',
  'o:health:serious-illness': 'Una enfermedad grave que no está bajo control',
  'o:health:fever-infection': 'Fiebre o una infección',
  'o:health:age-65-plus': '65 años o más',
  'o:health:none': 'Nada de esto',

  'q:mental-health':
    '¿Cuánto le afectan a {you} los problemas de ánimo, de ansiedad u otros de salud mental?',
  'o:mental-health:not-at-all': 'Nada',
  'o:mental-health:somewhat': 'Algo',
  'o:mental-health:a-lot': 'Mucho',
  'o:mental-health:cant-stay-safe': 'No puede cuidarse ni mantenerse a salvo',

  'q:readiness': '¿Qué piensa {you} de recibir ayuda?',
  'o:readiness:ready-now': 'Quiere ayuda ya',
  'o:readiness:thinking': 'Lo está pensando',
  'o:readiness:pressured': 'Son otras personas las que más quieren la ayuda',
  'o:readiness:not-sure': 'Tiene dudas',

  'q:past-attempts': '¿Ha intentado {you} dejar de consumir antes?',
  'o:past-attempts:never-tried': 'No, nunca',
  'o:past-attempts:stopped-months': 'Sí, y pasó meses sin consumir',
  'o:past-attempts:relapsed-weeks': 'Sí, pero volvió a consumir a las pocas semanas',
  'o:past-attempts:relapsed-days':
    'Sí, pero volvió a consumir a los pocos días, incluso durante un tratamiento',

  'q:recent-treatment':
    'En los últimos 30 días, ¿ha estado {you} en desintoxicación o en tratamiento residencial?',
  'o:recent-treatment:none': 'No',
  'o:recent-treatment:completed-abstinent': 'Sí, lo terminó y no ha vuelto a consumir',
  'o:recent-treatment:completed-using': 'Sí, lo terminó, pero volvió a consumir',
  'o:recent-treatment:left-early': 'Sí, pero lo dejó antes de terminar',

  'q:home': 'Ahora mismo, ¿cómo es el lugar donde vive {them}?',
  'o:home:safe': 'Seguro y con apoyo',
  'o:home:others-use': 'Ahí otras personas beben o consumen drogas',
  'o:home:unstable': 'Inestable o inseguro, o no tiene hogar',

  'q:support': '¿Hay personas que le ayudarán a {them} día a día?',
  'o:support:strong': 'Sí, mucho apoyo',
  'o:support:some': 'Algo',
  'o:support:little-none': 'Poco o nada',

  'q:commitments': '¿Qué podría funcionar de verdad para {you}?',
  'o:commitments:keep-routine': 'Seguir trabajando, estudiando o cuidando a la familia',
  'o:commitments:can-step-away': 'Tomarse unas semanas fuera de la rutina',
  'o:commitments:not-sure': 'Todavía no se sabe',

  'r:urgent': 'Ahora mismo',
  'r:self-harm-thoughts': 'Pensamientos de muerte o de hacerse daño',
  'r:substances': 'Consumo',
  'r:frequency': 'Frecuencia',
  'r:drinks-per-day': 'Tragos en un día en que bebe',
  'r:withdrawal-history': 'Síntomas de abstinencia antes',
  'r:withdrawal-now': 'Síntomas de abstinencia ahora',
  'r:health': 'Salud',
  'r:mental-health': 'Cuánto afecta la salud mental',
  'r:readiness': 'Recibir ayuda',
  'r:past-attempts': 'Intentos de dejarlo',
  'r:recent-treatment': 'Tratamiento en los últimos 30 días',
  'r:home': 'Hogar',
  'r:support': 'Apoyo',
  'r:commitments': 'Qué podría funcionar',

  resultLead: 'Un programa que puede encajar:',
  'outcome:detox': 'Desintoxicación',
  'outcome:step-down': 'Atención de transición',
  'outcome:residential': 'Tratamiento residencial',
  'outcome:php': 'Programa de hospitalización parcial (PHP)',
  'outcome:iop': 'Programa intensivo ambulatorio (IOP)',
  'outcome:outpatient': 'Consejería ambulatoria',
  'about:detox':
    'La desintoxicación es dejar de consumir con supervisión médica. El personal de enfermería y los médicos ayudan a hacerlo con seguridad y alivian los síntomas.',
  'hours:detox': 'Por lo general, de unos días a una semana.',
  'about:step-down':
    'La atención de transición viene después de la desintoxicación o de una estadía residencial. El tratamiento sigue a un nivel menor, para no perder lo logrado.',
  'hours:step-down': 'Menos horas por semana a medida que mejora.',
  'about:residential':
    'En el tratamiento residencial se vive en el centro, lejos del estrés diario. Hay personal de día y de noche.',
  'hours:residential': 'Atención las 24 horas, los 7 días de la semana.',
  'about:php':
    'Un programa de hospitalización parcial da tratamiento casi todo el día, casi todos los días. Por la noche se vuelve a casa.',
  'hours:php': 'Unas 20 horas por semana o más.',
  'about:iop':
    'Un programa intensivo ambulatorio tiene sesiones en grupo e individuales unos días por semana. Se vive en casa y a menudo se puede seguir trabajando o estudiando.',
  'hours:iop': 'Más o menos de 9 a 19 horas por semana, a menudo 3 horas al día, de 3 a 5 días por semana.',
  'about:outpatient':
    'En la consejería ambulatoria hay sesiones fijas con un consejero. Se sigue con la rutina de todos los días.',
  'hours:outpatient': 'Más o menos de 1 a 8 horas por semana.',

  'level:medical': 'Desintoxicación médica, con personal de enfermería y médicos día y noche.',
  'level:outpatient-possible':
    'Quizás la desintoxicación se pueda hacer sin quedarse en el centro. Lo decide un profesional de la salud.',
  'level:php': 'Al nivel de un programa de hospitalización parcial, unas 20 horas por semana o más.',
  'level:iop': 'Al nivel de un programa intensivo ambulatorio, más o menos de 9 a 19 horas por semana.',
  'level:medically-monitored':
    'Con supervisión médica: el personal de enfermería y los médicos son parte de la atención diaria.',
  'level:clinically-managed': 'Con manejo clínico: consejeros y personal guían cada día.',
  afterDetox: 'Después de la desintoxicación: {outcome}.',

  'note:emergency-overdose':
    'Si cree que puede ser una sobredosis, dele naloxona (Narcan) si la tiene. Quédese con la persona hasta que llegue la ayuda.',
  'note:recovery-residence':
    'Su hogar no es estable. Pregunte por una casa de vida sobria, también llamada residencia de recuperación.',
  'note:early-intervention':
    'El consumo es de menos de una vez por semana, así que unas pocas sesiones de consejería pueden bastar.',
  'note:keep-routine':
    'Sabemos que {you} necesita seguir con el trabajo, los estudios o la familia. Aun así, este nivel es el que mejor encaja con las respuestas. El equipo de admisiones puede hablar con usted sobre las opciones.',
  'note:medication-opioids':
    'Para los opioides, lo que mejor funciona son los medicamentos: la buprenorfina, la metadona o la naltrexona de liberación prolongada, que requiere de 1 a 2 semanas sin opioides antes de empezar. A menudo se pueden empezar sin quedarse en el hospital.',
  'note:naloxone': 'Tenga naloxona (Narcan) a mano. Puede revertir una sobredosis de opioides.',
  'note:encourage': 'Es normal que {you} tenga dudas. Llamar a admisiones es gratis y no obliga a nada.',
  'note:not-diagnosis':
    'Esto no es un diagnóstico. Un profesional de la salud le recomendará el nivel de atención correcto.',

  why: 'Por qué sugerimos esto',
  notes: 'Para tener en cuenta',
  whatNext: 'Qué sigue',
  callAdmissions: 'Llamar a admisiones: {phone}',
  callAfterHours: 'Llamar a nuestra línea 24/7: {phone}',
  verifyInsurance: 'Verificar el seguro médico',
  insuranceHidden: 'El formulario del seguro médico no se muestra ahora en esta página.',
  model: 'Modelo {version}',

  emergencyHeading: 'Llame al 911 ahora',
  emergencyText: 'Se necesita ayuda de inmediato. Llame al 911 ahora. No espere a ver si mejora.',
  poison: 'Llamar a la línea de ayuda para envenenamientos (Poison Help): 1-800-222-1222',
  emergency988:
    'Si hay pensamientos de suicidio, también puede llamar al 988 (marque 2 para español) o enviar un mensaje de texto al 988.',

  crisisHeading: 'Por favor, hable con alguien ahora: llame o envíe un mensaje de texto al 988',
  crisisText:
    'La Línea 988 de Prevención del Suicidio y Crisis es gratis y confidencial, y atiende las 24 horas, todos los días. También puede llamar si le preocupa otra persona.',
  call988Button: 'Llamar al 988',
  text988Button: 'Enviar un mensaje de texto al 988',
  crisisSpanish: 'En español: llame al 988 y marque 2, o envíe AYUDA por mensaje de texto al 988.',
  crisisTextLine: 'O envíe AYUDA por mensaje de texto al 741741 (Crisis Text Line, en español)',
  chat988: 'O chatee en línea con el 988, también en español, en 988lifeline.org',
  opensInNewTab: '(se abre en una pestaña nueva)',
  crisisAdmissions:
    'Cuando {you} esté a salvo, llame a nuestro equipo de admisiones. Podemos ayudar a planear el siguiente paso.',
};
