"""Spanish wording of the emergency messages in safety/triage.py (same keys and placeholders)."""

PREFIX_ES = "Esto puede ser una emergencia médica. "

#: Primeros auxilios para la sangre vomitada, tosida o que llena la boca.
_MOUTH_FIRST_AID = (
    "Vomitar o toser sangre, o que la boca se llene de sangre, es una emergencia: llame al {emergency} ahora. "
    "Mantenga a la persona sentada e inclinada hacia adelante, o de lado si está adormilada, para que no se "
    "ahogue; deje que la sangre salga y no le dé nada de comer ni de beber."
)
MESSAGES_ES: dict[str, str] = {
    "stroke": (
        "Esto podría ser un derrame cerebral. Llame al {emergency} ahora mismo: cada minuto cuenta. Anote la hora "
        "en que empezaron los síntomas. No maneje usted mismo al hospital, y no coma, no beba ni tome medicinas a "
        "menos que se lo indique el operador de emergencias."
    ),
    "stroke:sudden_confusion": (
        "La confusión repentina (una persona que de pronto está desorientada, confundida o no dice cosas con "
        "sentido) puede ser un derrame cerebral, una infección grave, un azúcar bajo, un golpe en la cabeza o el "
        "efecto de un medicamento, y necesita un médico ahora. Llame al {emergency} ahora y diga cuándo empezó y si "
        "la cara se ve caída, un brazo o una pierna está débil, habla arrastrando las palabras, tiene fiebre o se ha "
        "caído. Si tiene diabetes y puede tragar, dele algo azucarado mientras espera. Quédese con la persona y "
        "tenga a mano la lista de sus medicamentos."
    ),
    "chest_pain": (
        "Esto podría ser un ataque al corazón. Llame al {emergency} ahora mismo. Deje lo que esté haciendo y "
        "siéntese. No maneje usted mismo al hospital. Siga las instrucciones del operador de emergencias; si la "
        "persona se desmaya y no respira normalmente, empiece la RCP (reanimación cardiopulmonar)."
    ),
    "cardiac_arrest": (
        "Llame al {emergency} ahora mismo y ponga el teléfono en altavoz. Si la persona no respira normalmente, "
        "empiece la RCP: presione fuerte y rápido en el centro del pecho, unas 2 veces por segundo, y no pare. "
        "Mande a alguien a buscar un desfibrilador (DEA) si hay uno cerca."
    ),
    "breathing": (
        "La dificultad grave para respirar es una emergencia. Llame al {emergency} ahora mismo. Mientras espera, "
        "siéntese derecho, aflójese la ropa apretada y use su inhalador de rescate recetado, si tiene uno."
    ),
    "anaphylaxis": (
        "Esto podría ser una reacción alérgica grave (anafilaxia). Use ahora un autoinyector de epinefrina "
        "(EpiPen) si hay uno, y luego llame al {emergency} ahora mismo, aunque los síntomas mejoren. Un "
        "antihistamínico como Benadryl no basta por sí solo. Acuéstese con las piernas levantadas, o siéntese si "
        "le cuesta respirar, y no se ponga de pie ni camine, aunque se sienta mejor; a un niño, manténgalo quieto "
        "en su regazo o acostado. Si no hay mejoría, se puede poner un segundo autoinyector después de 5 minutos."
    ),
    "suicide_self_harm": (
        "Siento mucho que esté pasando por esto, y no tiene que enfrentarlo sin ayuda. Por favor, busque ayuda "
        "ahora mismo: puede comunicarse con {crisis}, a cualquier hora. Si está en peligro inmediato, ha tomado "
        "pastillas u otra cosa, o se ha hecho daño, llame al {emergency} ahora, aunque se sienta bien; si está "
        "sangrando, presione firmemente el corte con un paño limpio. Si puede, quédese con alguien de confianza y "
        "aléjese de cualquier cosa que pueda usar para hacerse daño."
    ),
    "overdose_poisoning": (
        "Esto podría ser una intoxicación o una sobredosis. Llame al {emergency} ahora mismo, sobre todo si la "
        "persona está adormilada, inconsciente, tiene dificultad para respirar o tiene una convulsión.{poison} No "
        "la haga vomitar. Guarde el paquete o el frasco para mostrárselo a los paramédicos. Si no se despierta, "
        "póngala de lado; si no respira normalmente, empiece la RCP "
        "(reanimación cardiopulmonar). Si pudo ser un opioide (un analgésico fuerte, heroína o metadona) y tiene "
        "naloxona (Narcan), désela.{crisis_if}"
    ),
    "severe_bleeding": (
        "Llame al {emergency} ahora mismo. Presione firmemente la herida con una tela o una venda limpia y siga "
        "presionando sin levantarla. Si la sangre la empapa, ponga más tela encima. Si hay algo clavado en la "
        "herida, no lo saque y presione alrededor. Si la sangre sale a chorros de un brazo o una pierna y la "
        "presión no la detiene, use un torniquete si tiene uno. Mantenga a la persona acostada y abrigada."
    ),
    "severe_bleeding:mouth": _MOUTH_FIRST_AID,
    "severe_bleeding:tooth": (
        _MOUTH_FIRST_AID + " Si sangra donde le sacaron un diente, muerda con fuerza una gasa o un paño limpio "
        "enrollado, puesto sobre el hueco."
    ),
    "severe_bleeding:pregnancy": (
        "El sangrado abundante durante el embarazo o después del parto es una emergencia: llame al {emergency} "
        "ahora. Acuéstese y manténgase abrigada. Use toallas sanitarias (toallas femeninas) y no se ponga nada "
        "dentro de la vagina; guarde las toallas usadas para mostrárselas a los paramédicos."
    ),
    "severe_bleeding:bowel": (
        "Perder mucha sangre por el ano, o tener heces negras como alquitrán con mareo, es una emergencia: llame "
        "al {emergency} ahora. La persona debe acostarse y mantenerse abrigada; levántele las piernas si siente "
        "que se va a desmayar, y no le dé nada de comer ni de beber."
    ),
    "severe_bleeding:nose": (
        "Un sangrado de nariz que no para, o que es muy abundante, necesita atención de emergencia: llame al "
        "{emergency} o vaya ahora a una sala de emergencias. Mientras tanto, siéntese e inclínese hacia adelante "
        "(no se acueste ni eche la cabeza hacia atrás), y apriete con firmeza la parte blanda de la nariz, justo "
        "arriba de las fosas nasales, durante 10 a 15 minutos sin soltar, respirando por la boca. Escupa la "
        "sangre en lugar de tragarla. Dígale al operador de emergencias si empezó después de un golpe en la "
        "cabeza, o si la persona toma un anticoagulante (medicina para adelgazar la sangre)."
    ),
    "overdose_poisoning:fumes": (
        "Esto podría ser una intoxicación por monóxido de carbono, que no tiene olor, o por otros gases. "
        "Salga y saque a todos al aire libre ahora, y deje la puerta abierta. Apague el aparato solo si es seguro "
        "hacerlo, y no vuelva a entrar. Luego llame al {emergency}, sobre todo si alguien está adormilado, "
        "confundido, vomitando o se ha desmayado; si alguien no respira normalmente, empiece la RCP una vez que "
        "estén afuera.{poison}"
    ),
    "overdose_poisoning:battery": (
        "Una pila de botón o un imán tragados pueden quemar o romper por dentro la garganta o el intestino en "
        "pocas horas, aunque el niño parezca estar bien y siga jugando: vaya ahora a una sala de emergencias y no "
        "espere a que salga solo. Llame al {emergency} si le cuesta respirar, babea, no puede tragar, vomita "
        "sangre o le duele el pecho o la barriga.{poison} No lo haga vomitar, y no le dé nada de comer ni de beber "
        "salvo que se lo indiquen en emergencias o en el centro de toxicología. Lleve el paquete de la pila, o una "
        "pila igual."
    ),
    "overdose_poisoning:battery_lodged": (
        "Una pila de botón metida en la nariz o en el oído puede quemar el tejido por dentro en pocas horas, aunque el "
        "niño parezca estar bien: vaya ahora a una sala de emergencias. No intente sacarla con pinzas, un bastoncillo "
        "ni nada más, y no ponga gotas en la nariz ni en el oído. Llame al {emergency} si le cuesta respirar, o si la "
        "pila pudo haberse tragado o aspirado. Lleve el paquete de la pila, o una pila igual."
    ),
    "choking:inhaled": (
        "Algo aspirado hacia las vías respiratorias es una emergencia aunque la persona todavía pueda hablar: llame "
        "al {emergency} ahora. Mientras pueda toser, hablar o llorar, déjela que siga tosiendo y manténgala sentada; "
        "no le dé golpes en la espalda ni le meta los dedos en la boca. Si deja de poder toser, hablar o respirar, "
        "dele hasta 5 golpes firmes entre los omóplatos y luego hasta 5 compresiones abdominales (a un bebé de menos "
        "de 1 año: 5 golpes en la espalda y luego 5 compresiones en el pecho, nunca abdominales), y empiece la RCP si "
        "deja de responder."
    ),
    "severe_burn:smoke": (
        "Hollín alrededor de la boca o la nariz, una voz ronca, tos con flema negra o quemaduras en la cara después de "
        "un incendio o una llamarada indican que las vías respiratorias pueden estar quemadas y cerrarse por la "
        "hinchazón en las próximas horas: llame al {emergency} ahora, aunque la respiración parezca normal. Mantenga a "
        "la persona sentada al aire libre, lejos del humo, y apague el oxígeno si lo usa. Enfríe la piel quemada con "
        "agua corriente fresca durante 20 minutos y luego cúbrala sin apretar con film transparente o una bolsa de "
        "plástico limpia; no le ponga cremas."
    ),
    "sudden_severe_pain:tetanus": (
        "Una mandíbula rígida que no se abre, o espasmos dolorosos del cuello, la espalda o el vientre, días después "
        "de una herida pueden ser tétanos, que necesita tratamiento en el hospital ya: llame al {emergency} o vaya "
        "ahora a una sala de emergencias. Diga cuándo y cómo fue la herida y si la vacuna del tétanos está al día. "
        "Mantenga a la persona en un cuarto tranquilo y con poca luz mientras espera."
    ),
    "newborn_jaundice": (
        "Un bebé con ictericia (piel u ojos amarillos) que está muy dormido o cuesta despertarlo, está flojito, no "
        "come, tiene un llanto muy agudo o una convulsión necesita que lo vean ahora: llame al {emergency} o vaya a "
        "una sala de emergencias. Una ictericia muy alta puede dañar el cerebro del bebé, y el tratamiento funciona "
        "mejor si se empieza pronto. Una ictericia que dura más de 2 semanas (3 semanas en un bebé prematuro), o "
        "heces pálidas como tiza u orina amarilla oscura, necesitan que un médico o una partera revisen al bebé en "
        "menos de un día, aunque el bebé parezca estar bien."
    ),
    "seizure": (
        "Llame al {emergency} ahora mismo: una convulsión que dura más de 5 minutos, convulsiones repetidas o una "
        "convulsión por primera vez necesitan ayuda de emergencia. Aleje los objetos duros y ponga algo blando "
        "debajo de la cabeza. No sujete a la persona ni le ponga nada en la boca. Cuando paren las sacudidas, "
        "póngala de lado."
    ),
    "unconscious": (
        "Llame al {emergency} ahora mismo. Fíjese si la persona está respirando. Si respira, póngala de lado "
        "(posición lateral de seguridad) y quédese con ella. Si no respira normalmente, empiece la RCP y siga las "
        "instrucciones del operador de emergencias."
    ),
    "infant_not_breathing": (
        "Llame al {emergency} ahora mismo y ponga el teléfono en altavoz. Acueste al bebé boca arriba sobre una "
        "superficie firme. Si no respira normalmente, empiece la RCP para bebés: el operador de emergencias le "
        "irá explicando cómo hacerla."
    ),
    "choking": (
        "Si la persona no puede toser, hablar ni respirar, llame al {emergency} ahora mismo. Dele hasta 5 golpes "
        "firmes en la espalda, entre los omóplatos, y luego hasta 5 compresiones abdominales (para un bebé menor "
        "de 1 año: 5 golpes en la espalda y luego 5 compresiones en el pecho, nunca compresiones abdominales). "
        "Repita hasta que salga el objeto o llegue ayuda. Si la persona deja de responder, empiece la RCP "
        "(reanimación cardiopulmonar)."
    ),
    "severe_burn": (
        "Si es una quemadura grave, llame al {emergency} ahora mismo. Enfríe la quemadura con agua corriente "
        "fresca o tibia durante 20 minutos. Quite la ropa o las joyas cerca de la quemadura, a menos que estén "
        "pegadas a la piel. Cúbrala sin apretar con película plástica (plástico de cocina) o con una bolsa de "
        "plástico limpia. No use hielo, cremas ni mantequilla."
    ),
    "severe_burn:chemical": (
        "Si es una quemadura química, llame al {emergency} ahora mismo. Protéjase las manos. Sacuda el polvo que "
        "haya, quite la ropa empapada y enjuague la piel con mucha agua corriente durante al menos 20 minutos. Si "
        "es en un ojo, manténgalo abierto bajo un chorro suave de agua durante al menos 20 minutos, y no lo "
        "frote.{poison}"
    ),
    "head_injury": (
        "Una lesión en la cabeza con confusión, vómitos, mucho sueño, una convulsión o pérdida del conocimiento "
        "necesita atención de emergencia. Llame al {emergency} ahora mismo. Mantenga quieta a la persona, sobre "
        "todo si puede tener lesionado el cuello, y no le dé nada de comer ni de beber."
    ),
    "fall_injury": (
        "Si alguien se ha caído y no puede levantarse, no puede ponerse de pie ni apoyar una pierna, tiene mucho "
        "dolor en la cadera, la espalda o el cuello, o lleva mucho tiempo en el suelo, necesita ayuda ahora: llame "
        "al {emergency}. No lo levante ni lo obligue a ponerse de pie; abríguelo con una manta o un abrigo donde "
        "está y quédese con él. Diga a quien atienda la llamada si se golpeó la cabeza, si toma un anticoagulante o "
        "si está adormilado, confundido o vomitando."
    ),
    "pregnancy_emergency": (
        "Durante el embarazo o en las semanas después del parto, estas señales pueden ser una emergencia (como "
        "preeclampsia, un embarazo ectópico o un sangrado): un dolor de cabeza fuerte con visión borrosa o "
        "destellos de luz, o con la cara y las manos hinchadas; dolor en un solo lado del vientre o dolor en la "
        "punta del hombro al principio del embarazo; desmayos; sangrado abundante; que el bebé se mueva menos de "
        "lo normal; o que se rompa la fuente antes de las 37 semanas. Llame ahora al {emergency} o a la línea de "
        "emergencias de su servicio de maternidad."
    ),
    "sudden_severe_pain": (
        "Un dolor fuerte y repentino como este (el vientre duro y muy adolorido, un testículo hinchado y "
        "doloroso, el peor dolor de cabeza de su vida que empieza de repente o un dolor desgarrador en la "
        "espalda) puede necesitar tratamiento de emergencia o cirugía. Llame al {emergency} ahora en lugar de ir "
        "por su cuenta, y no coma ni beba hasta recibir atención médica."
    ),
    "diabetic_emergency": (
        "En una persona con diabetes, temblar, sudar, estar confundida, arrastrar las palabras o tener una "
        "lectura baja en el glucómetro pueden significar un nivel de azúcar en la sangre peligrosamente bajo. Si "
        "está despierta y puede tragar, dele ahora una bebida azucarada, tabletas de glucosa o dulces. Si tiene "
        "demasiado sueño para tragar sin peligro, si usted no logra despertarla o tiene una convulsión, o si no "
        "mejora en 15 minutos, llame al {emergency} ahora: no le ponga nada en la boca, póngala de lado y use un "
        "kit de glucagón si tiene uno. Vomitar con respiración profunda o rápida, un aliento con olor a fruta o a "
        "quitaesmalte, o un glucómetro que marca HI pueden significar un nivel de azúcar en la sangre "
        "peligrosamente alto (cetoacidosis): llame al {emergency} o vaya a una sala de emergencias ahora; no "
        "espere a ver si funciona la insulina extra."
    ),
    "mental_health_crisis": (
        "Si alguien podría hacerse daño o hacerles daño a otras personas en este momento, llame al {emergency}. "
        "Cuide su seguridad y la de los demás: si la persona tiene un arma, aléjese de ella y no intente "
        "quitársela. Para recibir consejo cuando todos estén a salvo, también puede comunicarse con {crisis}."
    ),
    "spinal_emergency": (
        "Después de una caída, un clavado de cabeza al agua o un choque, el entumecimiento o la debilidad en "
        "ambas piernas o ambos brazos pueden significar una lesión en la columna: llame al {emergency} ahora, no "
        "mueva a la persona a menos que esté en peligro donde está, y mantenga quietos su cabeza y su cuello. Sin "
        "una lesión, el entumecimiento en las nalgas, los genitales o la parte interna de los muslos, o problemas "
        "nuevos para orinar o para controlar la orina o las heces, junto con dolor de espalda, pueden significar "
        "que los nervios de la parte baja de la columna están siendo apretados (síndrome de la cola de caballo o "
        "cauda equina), lo cual necesita tratamiento en pocas horas: vaya ahora a una sala de emergencias o llame "
        "al {emergency}; no espere a una cita de rutina."
    ),
    "sudden_severe_pain:green_vomit": (
        "Un bebé o un niño que vomita verde o verde amarillento (bilis) puede tener el intestino bloqueado o "
        "torcido, lo que necesita cirugía urgente: llame al {emergency} o vaya a urgencias ahora, aunque por lo "
        "demás parezca estar bien y siga tomando el pecho o el biberón."
    ),
    "sudden_severe_pain:shunt": (
        "En una persona con una válvula de derivación (shunt) en el cerebro, el dolor de cabeza con vómitos, "
        "somnolencia fuera de lo normal o confusión pueden significar que la válvula está bloqueada, lo que "
        "necesita al equipo de neurocirugía ahora: llame al {emergency} o vaya a urgencias ahora, y diga que "
        "tiene una válvula."
    ),
    "overdose_poisoning:snake": (
        "La mordedura de una víbora o de cualquier otra serpiente venenosa, o de una serpiente que no pueda "
        "reconocer, necesita atención de emergencia, aunque parezca pequeña o la persona se sienta bien: llame al "
        "{emergency} ahora.{poison} Mantenga a la persona tranquila y lo más quieta posible; si se puede, que no "
        "camine ni maneje. Mantenga quieto el brazo o la pierna mordidos, y quítele anillos, relojes, zapatos y "
        "ropa apretada cerca de la mordedura antes de que se hinche. Anote la hora de la mordedura. No corte ni "
        "chupe la mordedura, no use torniquete ni hielo, y no le dé alcohol ni analgésicos como aspirina o "
        "ibuprofeno. No intente atrapar ni matar a la serpiente; una foto tomada desde una distancia segura puede "
        "ayudar."
    ),
    "overdose_poisoning:antipsychotic": (
        "La fiebre alta con músculos rígidos o tiesos, sudor o confusión, en alguien que toma un medicamento "
        "antipsicótico (como haloperidol, olanzapina, risperidona o una inyección mensual) o metoclopramida para "
        "las náuseas, o a quien se le suspendió, se le olvidó o se le acabó su medicamento para el Parkinson, "
        "puede ser el síndrome neuroléptico maligno, una reacción rara pero peligrosa: llame al {emergency} ahora "
        "y diga qué medicamento es y cuándo se empezó, se cambió o se dejó. No le dé más antipsicótico ni "
        "metoclopramida hasta que lo vea un médico. Si se suspendió o se olvidó el medicamento para el Parkinson, "
        "dígaselo enseguida a los paramédicos y lléveselo. Mientras espera, mantenga a la persona fresca (ropa "
        "ligera, paños húmedos frescos, un ventilador)."
    ),
    "sudden_severe_pain:blood_pressure": (
        "Una presión arterial de 180 sobre 120 o más, junto con dolor de cabeza fuerte, dolor en el pecho, falta de "
        "aire, vista borrosa, confusión, debilidad o adormecimiento, puede dañar el cerebro, el corazón o los riñones "
        "en pocas horas: llame al {emergency} o vaya ahora a una sala de emergencias, y no maneje usted. Si se le cae "
        "la cara, un brazo pierde fuerza o no se le entiende al hablar, llame al {emergency} enseguida: puede ser un "
        "derrame cerebral. No tome pastillas de más para bajarla rápido; lleve sus pastillas y sus nombres."
    ),
    "sudden_severe_pain:giant_cell": (
        "Un dolor de cabeza nuevo en las sienes, el cuero cabelludo sensible o dolor en la mandíbula al masticar, "
        "junto con cualquier cambio en la vista, aunque la vista ya se haya normalizado, pueden ser arteritis de "
        "células gigantes (arteritis temporal), que puede causar ceguera permanente en pocas horas: vaya ahora a "
        "una sala de emergencias, y no maneje usted. Si perdió la vista o empezó a ver doble de repente, o tiene "
        "debilidad, adormecimiento, la cara caída o dificultad para hablar, llame al {emergency}. Los médicos "
        "suelen empezar corticoides el mismo día; diga si ya los toma, y no los empiece ni cambie la dosis por su "
        "cuenta."
    ),
    "chest_pain:icd": (
        "Más de una descarga de un desfibrilador implantado (DAI) en un mismo día, o una descarga con dolor en el "
        "pecho, falta de aire, desmayo o malestar, necesita ayuda ahora: llame al {emergency} ahora mismo y diga que "
        "la persona tiene un DAI. Manténgala sentada o acostada y quieta, y quédese con ella; no la lleve usted al "
        "hospital. Si se desploma y no respira con normalidad, empiece la RCP: una descarga del aparato mientras la "
        "toca puede darle un cosquilleo, pero no le hará daño. Tenga a mano la tarjeta del aparato para los "
        "paramédicos."
    ),
    "sudden_severe_pain:stoma": (
        "Un estoma que se pone morado oscuro, negro o gris, o que se queda frío y seco, puede haber perdido el riego "
        "de sangre y necesita un cirujano hoy. Llame al {emergency} o vaya ahora a una sala de emergencias, y llame a "
        "la enfermera de estomas o a la planta de cirugía si tienen una línea de urgencias. Lleve una bolsa de "
        "repuesto y los datos del estoma, y no coma hasta que le vean."
    ),
    "sudden_severe_pain:cast": (
        "Un dolor bajo el yeso o la férula que va a más y no se calma con analgésicos, o unos dedos de la mano o del "
        "pie adormecidos, blancos, azulados o fríos o que no se pueden mover, pueden significar que la hinchazón está "
        "cortando el riego de sangre o apretando los músculos. Necesita un médico ahora: vaya ahora a una sala de "
        "emergencias o llame al {emergency}. Mantenga el brazo o la pierna a la altura del corazón, no más alto, y "
        "no corte el yeso usted."
    ),
    "overdose_poisoning:local_anaesthetic": (
        "Los labios o la lengua adormecidos, un sabor a metal, zumbido en los oídos, temblores o sacudidas, o "
        "sentirse raro o adormilado mientras pasa un anestésico por un catéter de bloqueo nervioso o de la herida "
        "pueden significar que ha llegado demasiado a la sangre, y eso puede causar una convulsión o problemas del "
        "corazón. Pare la bomba ahora cerrando su pinza y llame al {emergency} ahora mismo. Acuéstese y no se quede "
        "solo; si deja de respirar con normalidad, empiece la RCP."
    ),
    "overdose_poisoning:baclofen": (
        "En una persona con una bomba de baclofeno, fiebre alta, picor, el corazón muy acelerado, los músculos de "
        "repente mucho más rígidos, o confusión pueden significar que la bomba ha dejado de dar el medicamento "
        "(abstinencia), y la somnolencia con una respiración lenta o superficial puede significar que ha dado "
        "demasiado: las dos cosas pueden poner la vida en peligro en pocas horas. Llame al {emergency} ahora y diga "
        "que tiene una bomba de baclofeno; lleve la tarjeta de la bomba. No espere a que abra la consulta de la "
        "bomba."
    ),
    "sudden_severe_pain:wound_open": (
        "Una herida de una operación que se ha abierto y deja ver algo por dentro necesita un cirujano ahora: llame "
        "al {emergency} ahora mismo. Acuéstese con las rodillas dobladas, cubra la herida con un paño o apósito "
        "limpio y húmedo (agua hervida ya fría o suero), no empuje nada hacia dentro, y no coma ni beba hasta que le "
        "vean."
    ),
    "diabetic_emergency:high_sugar": (
        "En una persona con diabetes, vomitar, respirar profundo o rápido, un aliento con olor a fruta o a "
        "quitaesmalte, cetonas altas o un glucómetro que marca HI pueden significar un nivel de azúcar en la sangre "
        "peligrosamente alto (cetoacidosis): llame al {emergency} o vaya a una sala de emergencias ahora; no espere a "
        "ver si funciona la insulina extra. Si tiene mucho sueño o usted no logra despertarla, póngala de lado y no le "
        "ponga nada en la boca. Con una pastilla como la empagliflozina (Jardiance) o la dapagliflozina (Forxiga), "
        "esto puede pasar con el azúcar normal. Si el glucómetro marca bajo, y está despierta y puede tragar, dele una "
        "bebida azucarada, tabletas de glucosa o dulces."
    ),
    "sudden_severe_pain:cold_limb": (
        "Una pierna o un brazo que de repente se pone frío, blanco, pálido o azulado y duele, está adormecido o cuesta "
        "moverlo puede haberse quedado sin sangre (una arteria tapada), y necesita tratamiento en pocas horas para "
        "salvarlo: llame al {emergency} ahora. No lo frote, no le dé masajes ni lo caliente, y manténgalo a la altura "
        "del cuerpo o un poco más bajo. Diga si tiene el corazón irregular y si toma o dejó algún anticoagulante."
    ),
    "unconscious:slow_pulse": (
        "Desmayarse con el pulso muy lento (menos de 40 por minuto), o desmayarse una y otra vez sin aviso, puede "
        "significar que el ritmo del corazón está fallando o que una medicina del corazón es demasiado fuerte: llame "
        "al {emergency} ahora, aunque la persona diga que se siente bien entre un desmayo y otro. Manténgala acostada, "
        "con las piernas levantadas si se siente mareada, y no la deje caminar. Si deja de responder y no respira "
        "normalmente, empiece la RCP. Tenga a mano sus medicinas para mostrarlas."
    ),
    "breathing:fluid_on_lungs": (
        "La falta de aire que empeora mucho al acostarse, con el pecho burbujeante o una saliva espumosa y rosada, en "
        "alguien con insuficiencia cardíaca o el corazón débil puede significar líquido en los pulmones: llame al "
        "{emergency} ahora. Siéntelo erguido, con las piernas hacia abajo si puede, aflójele la ropa apretada y "
        "quédese con él. Si deja de respirar normalmente, empiece la RCP."
    ),
    "sudden_severe_pain:priapism": (
        "Una erección que dura más de 4 horas, o que duele y no baja, necesita tratamiento de emergencia ya para "
        "evitar daños permanentes: vaya de inmediato a una sala de emergencias, o llame al {emergency} si no puede "
        "llegar rápido. No espere a ver si se le pasa, y diga qué medicamentos o drogas tomó."
    ),
    "sudden_severe_pain:foreskin": (
        "Un prepucio que se quedó atascado hacia atrás, detrás de la cabeza del pene, y se está hinchando, o la cabeza "
        "se pone oscura o morada, necesita atención de emergencia ya: vaya de inmediato a una sala de emergencias, o "
        "llame al {emergency} si no puede llegar rápido. Una bolsa de frío envuelta en un paño puede aliviar la "
        "hinchazón por el camino; no lo fuerce."
    ),
    # session 39 (held-out round AO, blind review QQ)
    "sepsis_meningitis:low_immunity": (
        "Una temperatura de 38 °C (100.4 °F) o más, escalofríos o temblores, o sentirse de repente muy mal durante la "
        "quimioterapia, después de un trasplante, sin bazo, con una vía central (PICC, port) o con medicamentos que "
        "bajan las defensas puede ser una infección grave (sepsis) que necesita antibióticos en menos de una hora. "
        "Llame ahora a la línea de 24 horas de su equipo de tratamiento si la tiene; si no los localiza, o la persona "
        "está confundida, le falta el aire, está muy adormilada o fría y sudorosa, llame al {emergency} o vaya a una "
        "sala de emergencias ya. No espere a ver si se le pasa."
    ),
    "spinal_emergency:cord": (
        "Una debilidad, pesadez o adormecimiento nuevos en las piernas, dificultad para orinar o para aguantar la "
        "orina, o adormecimiento entre las piernas, con dolor de espalda, pueden significar que la médula espinal o "
        "sus nervios están comprimidos, por ejemplo por un cáncer que llegó a la columna. Necesita tratamiento de "
        "emergencia en pocas horas para salvar el uso de las piernas: llame al {emergency} o vaya a una sala de "
        "emergencias ya, y diga si la persona tiene o tuvo cáncer. No espere a una cita normal. Quédese acostado si "
        "moverse empeora el dolor de espalda."
    ),
    "chest_pain:tumour_lysis": (
        "Orinar muy poco, calambres o tirones en los músculos, o un latido agitado o irregular en los primeros días "
        "de un tratamiento contra el cáncer pueden significar que las sales que liberan las células del cáncer al "
        "morir están dañando el corazón y los riñones (lisis tumoral). Llame al {emergency} ahora y diga cuándo empezó "
        "el tratamiento; avise también a la línea de 24 horas del equipo de cáncer. No maneje usted. Si la persona se "
        "desploma y no respira normalmente, empiece la RCP."
    ),
    "sudden_severe_pain:immunotherapy": (
        "Diarrea muchas veces al día, sangre en ella o un dolor de barriga fuerte durante la inmunoterapia (como "
        "Keytruda, Opdivo o Yervoy) pueden ser una inflamación del intestino que necesita tratamiento hoy. Llame "
        "ahora a la línea de 24 horas del equipo de cáncer, aunque sea de noche o fin de semana; si no los localiza, "
        "o se siente a punto de desmayarse, mareado al ponerse de pie o muy mal, llame al {emergency} o vaya a una "
        "sala de emergencias. No tome loperamida (Imodium) a menos que ellos se lo digan, y beba líquidos mientras "
        "espera."
    ),
    "unconscious:calcium": (
        "Una confusión o somnolencia nuevas, con mucha sed, orinar mucho, vómitos o estreñimiento, en alguien con "
        "mieloma o un cáncer que llegó a los huesos, o con el calcio alto, pueden significar que el calcio en la "
        "sangre está peligrosamente alto. Llame al {emergency} ahora y diga que la persona tiene cáncer y puede tener "
        "el calcio alto. Si está despierta y puede tragar, dele sorbos de agua mientras espera. Si no responde, "
        "acuéstela de lado y vigile su respiración."
    ),
    "breathing:chest_vein": (
        "La cara, el cuello o un brazo que se hinchan, con falta de aire, venas hinchadas en el cuello o el pecho, o "
        "una respiración que empeora al acostarse, en alguien con un cáncer en el pecho, pueden significar que una "
        "vena grande del pecho está tapada. Llame al {emergency} ahora, o vaya a una sala de emergencias, y diga que "
        "la persona tiene cáncer. Siéntela erguida y no la deje acostarse; aflójele la ropa apretada, el cuello de la "
        "camisa y las joyas."
    ),
    "sudden_severe_pain:spleen": (
        "Un niño con anemia de células falciformes que de repente se pone pálido o gris, decaído o muy cansado, con "
        "una hinchazón o un dolor en el lado izquierdo de la barriga, puede tener sangre acumulándose en el bazo, lo "
        "que puede poner su vida en peligro en pocas horas. Llame al {emergency} o vaya directamente a una sala de "
        "emergencias ya; no espere a la consulta ni a que hagan efecto los calmantes. Diga que el niño tiene anemia de "
        "células falciformes."
    ),
    "breathing:altitude": (
        "En la altura, la falta de aire incluso en reposo, una tos con saliva espumosa y rosada, la confusión, "
        "tambalearse al caminar, o un dolor de cabeza fuerte con vómitos pueden ser mal de altura en los pulmones o el "
        "cerebro, que puede matar en pocas horas. Bajen ya, al menos 300 a 1.000 metros (1.000 a 3.000 pies), "
        "acompañados, aunque sea de noche, y no suban más. Llame al {emergency} o al rescate de montaña local. Dele "
        "oxígeno si hay, y manténgalo abrigado."
    ),
    "sudden_severe_pain:compartment": (
        "Un brazo o una pierna aplastados o rotos que se hinchan duros y tensos, con un dolor que empeora a pesar de "
        "los calmantes, dolor al mover los dedos, u hormigueo o adormecimiento, pueden significar que la presión "
        "dentro de los músculos les está cortando la sangre. Necesita una operación en pocas horas: vaya a una sala de "
        "emergencias ya, o llame al {emergency}. Afloje o quite lo que apriete, y mantenga el miembro a nivel, no muy "
        "levantado."
    ),
    "sudden_severe_pain:muscle_breakdown": (
        "Músculos muy doloridos, hinchados o débiles con orina marrón oscura o color refresco de cola, después de un "
        "ejercicio muy fuerte, un aplastamiento, mucho tiempo tirado en el piso o un medicamento nuevo, pueden "
        "significar que el músculo se está deshaciendo, lo que puede dañar los riñones. Vaya a una sala de emergencias "
        "ya, o llame al {emergency} si la persona está confundida, muy débil u orina muy poco. Beba agua por el camino "
        "y no haga más ejercicio."
    ),
    "chest_pain:aorta": (
        "Un dolor fuerte y repentino, como si algo se desgarrara o rasgara, en el pecho, la espalda o la barriga puede "
        "ser una rotura de la arteria principal del cuerpo (la aorta), además de un infarto. Llame al {emergency} "
        "ahora. Acueste a la persona, manténgala quieta y tranquila, y no le dé nada de comer ni de beber. Si se "
        "desploma y no respira normalmente, empiece la RCP."
    ),
    "breathing:throat_infection": (
        "Una hinchazón de la garganta, debajo de la lengua o de la barbilla, o en el cuello con fiebre, que no deja "
        "pasar la saliva (babea o tiene que escupirla), o con la voz apagada, ruido al respirar o la boca que no se "
        "abre, puede cerrar la vía respiratoria en pocas horas. Llame al {emergency} o vaya a una sala de emergencias "
        "ya. Mantenga a la persona sentada e inclinada hacia adelante como le resulte más fácil; no la haga acostarse, "
        "no le mire dentro de la garganta y no le dé nada de comer ni de beber."
    ),
    "choking:gullet": (
        "Comida atorada en el esófago, de modo que ni la saliva baja, necesita una sala de emergencias ya, en pocas "
        "horas, para sacarla: puede dañar el esófago y la saliva puede pasar a los pulmones. Vaya ya y no espere a que "
        "pase; no intente empujarla con refrescos con gas, pan o más comida, ni se provoque el vómito. Si le cuesta "
        "respirar o la persona no puede hablar ni toser, llame al {emergency}: eso es un atragantamiento."
    ),
    "anaphylaxis:hae": (
        "En el angioedema hereditario, una hinchazón de la garganta, la lengua o la laringe (la voz ronca o apagada, "
        "dificultad para tragar la saliva o para respirar) puede cerrar la vía respiratoria, incluso después del "
        "tratamiento en casa: llame al {emergency} ahora y diga \"angioedema hereditario\". Si no se ha puesto una "
        "dosis, póngala ahora como dice el plan, y lleve el medicamento y la carta de emergencia. La adrenalina "
        "(EpiPen) y los antihistamínicos no sirven para esta hinchazón, aunque no hacen daño si pudiera ser una "
        "alergia."
    ),
    "unconscious:metabolic": (
        "En un trastorno metabólico hereditario (como la deficiencia de MCAD o un trastorno del ciclo de la urea), los "
        "vómitos que no dejan retener la bebida del plan para días de enfermedad, o una somnolencia, confusión o "
        "conducta extraña nuevas, son una crisis metabólica: vaya a una sala de emergencias ya con la carta de "
        "emergencia, o llame al {emergency} si cuesta despertarlo o convulsiona. Necesita azúcar por la vena en menos "
        "de una hora; no espere para probar la bebida otra vez."
    ),
    "cardiac_arrest:rhythm": (
        "Un desmayo, un desplome o una convulsión en alguien con QT largo, síndrome de Brugada u otra enfermedad "
        "hereditaria del ritmo del corazón puede ser un ritmo peligroso, aunque después parezca estar bien: llame al "
        "{emergency} ahora. Si se desploma y no respira normalmente, empiece la RCP y use un desfibrilador (DEA) si "
        "hay uno. Con Brugada, baje la fiebre con paracetamol. Tenga a mano sus medicinas y la tarjeta de su "
        "enfermedad."
    ),
    "breathing:weakness": (
        "La debilidad que se extiende a los brazos, el cuello, el pecho o la deglución, la dificultad para tomar aire, "
        "o un corazón que aletea o se salta latidos, en la parálisis periódica o la miastenia gravis, necesitan el "
        "{emergency} ya: los músculos de la respiración o el ritmo del corazón pueden fallar. Siente a la persona, no "
        "le dé más dosis de las que dice su plan, y lleve sus medicinas y la carta de emergencia."
    ),
    "spinal_emergency:neck": (
        "El dolor de cuello o la cabeza ladeada con un caminar inestable nuevo, las manos torpes, con hormigueo o "
        "débiles, u orinarse encima, pueden significar que la médula está apretada arriba en el cuello (un riesgo en "
        "el síndrome de Down y después de una lesión del cuello): vaya a una sala de emergencias ya, o llame al "
        "{emergency}, y mantenga el cuello lo más quieto posible. No le dé masajes, no lo estire ni lo manipule."
    ),
    "severe_bleeding:period": (
        "Un sangrado vaginal que empapa una toalla o un tampón en una hora o menos, hora tras hora, con coágulos "
        "grandes, desmayos o mareos, necesita una sala de emergencias ya, o el {emergency} si la persona se ha "
        "desmayado o está sola. Diga si tiene un trastorno de la coagulación (como la enfermedad de von Willebrand) y "
        "lleve la carta de emergencia y las medicinas. Acuéstese con las piernas en alto mientras espera."
    ),
    "anaphylaxis:low_calcium": (
        "Las manos o los pies que se encogen como garras, los tics de la cara, el hormigueo alrededor de la boca, o un "
        "ruido agudo al tomar aire, en alguien con el calcio bajo (hipoparatiroidismo, o después de una operación de "
        "tiroides o del cuello), pueden significar que el calcio está peligrosamente bajo y que la laringe puede "
        "cerrarse por un espasmo: llame al {emergency} ahora. Si puede tragar sin peligro, dele ya sus pastillas de "
        "calcio; necesitará calcio por la vena."
    ),
    "sepsis_meningitis:anaesthetic": (
        "Una fiebre alta con los músculos duros o rígidos, el corazón acelerado, la respiración rápida o la orina "
        "color refresco de cola en el día siguiente a una anestesia general puede ser una hipertermia maligna: llame "
        "al {emergency} ahora y diga \"anestesia general hoy, posible hipertermia maligna\". Enfríe a la persona con "
        "paños húmedos frescos y un ventilador mientras espera. Necesita un medicamento (dantroleno) en el hospital; "
        "avise a la familia, porque puede ser hereditaria."
    ),
    "sepsis_meningitis:joint": (
        "La fiebre con una articulación muy dolorosa, caliente o hinchada, o un niño que de repente no quiere caminar, "
        "apoyar una pierna o dejar que nadie se la mueva, puede ser una infección en la articulación o el hueso, que "
        "puede dañarlos en pocas horas: vaya a una sala de emergencias ya, no espere a la próxima cita con el médico, "
        "o llame al {emergency} si está adormilado, flojo, confundido o muy enfermo. Puede darle paracetamol o "
        "ibuprofeno para el dolor por el camino."
    ),
    "severe_bleeding:open_fracture": (
        "Un hueso que sale a través de la piel (una fractura abierta) necesita atención en el hospital ya: llame al "
        "{emergency} ahora mismo. No empuje el hueso hacia dentro ni enderece la extremidad. Presione con firmeza "
        "alrededor de la herida con un paño limpio, no sobre el hueso, y cubra la herida con un apósito o un paño "
        "limpio. Mantenga la extremidad quieta, apoyada tal como está, a la persona acostada y abrigada, y no le dé "
        "nada de comer ni de beber. Si la sangre sale a chorros y presionar alrededor de la herida no la detiene, use "
        "un torniquete por encima de la herida si tiene uno."
    ),
    "breathing:strangled": (
        "Que alguien le estrangule o le ahogue (con las manos, un brazo o una cuerda alrededor del cuello) puede "
        "lesionar la garganta y las arterias del cuello aunque casi no queden marcas, y la garganta puede hincharse o "
        "venir un ictus horas o días después. Si la voz ha cambiado o está ronca, duele o cuesta tragar, el cuello se "
        "hincha, respira con ruido o con dificultad, perdió el conocimiento, tiene dolor de cabeza, confusión, "
        "somnolencia, o debilidad, adormecimiento o cambios en la vista, llame al {emergency} ahora. Siéntese erguido "
        "si le cuesta respirar, y diga a quien atienda la llamada y al personal del hospital que le estrangularon, y "
        "si está a salvo donde está."
    ),
    "severe_bleeding:after_a_blow": (
        "Un dolor en la barriga, el costado o la espalda después de una patada, un puñetazo o una caída que va a peor, "
        "con sensación de desmayo o mareo al ponerse de pie, palidez o color grisáceo, sudor o el corazón acelerado, "
        "puede ser una hemorragia interna (del bazo, el hígado o un riñón), que necesita un hospital ahora. Llame al "
        "{emergency} ahora. Túmbese, con las piernas en alto si se siente desmayar, manténgase abrigado y no coma ni "
        "beba nada. No conduzca usted mismo."
    ),
    "violence": (
        "Si está en peligro ahora, llame al {emergency} y pida la policía. Si no puede hablar, llame de todos modos y "
        "no cuelgue, y responda como pueda a las preguntas de quien atienda. Si puede, salga, o quédese en una "
        "habitación que se cierre con llave, con su teléfono y sus hijos, lejos de la cocina y de cualquier cosa que "
        "pueda usarse como arma. Cuando esté a salvo, haga que le revisen cualquier lesión: un golpe en la cabeza o "
        "en la barriga, o haber sido estrangulado, necesita un médico aunque parezca poca cosa."
    ),
    "overdose_poisoning:closed_space": (
        "No entre a buscarle: el gas, o la falta de aire, que le hizo desplomarse puede hacer que usted también se "
        "desplome en segundos. Llame al {emergency} ahora mismo y diga que alguien se ha desplomado en un foso, un "
        "tanque, un silo, una alcantarilla u otro espacio cerrado: los bomberos tienen equipos de respiración. "
        "Mantenga a todos los demás fuera y lejos de la abertura, y abra trampillas o puertas o encienda ventiladores "
        "solo desde fuera. Si lleva una cuerda de rescate, sáquele tirando desde fuera; una vez fuera, al aire libre, "
        "si no respira con normalidad, empiece la RCP.{poison}"
    ),
    "sudden_severe_pain:eye_injury": (
        "Algo que golpeó el ojo con fuerza o que está clavado en él (metal al amolar o martillar, vidrio, madera) "
        "puede entrar dentro del ojo y poner en peligro la vista: vaya a una sala de emergencias o a urgencias de "
        "oftalmología ya, o llame al {emergency} si el ojo está cortado o sangra o si ha perdido mucha vista. No se "
        "frote ni presione el ojo y no intente sacar nada que esté clavado. Tápelo sin apretar con una gasa limpia, o "
        "sujete un vaso de papel encima con cinta, y procure mantener los dos ojos quietos. No coma ni beba nada por "
        "si hace falta operar. Si es un producto químico en el ojo, primero enjuáguelo con agua corriente durante al "
        "menos 15 minutos."
    ),
    "severe_bleeding:amputation": (
        "Llame al {emergency} ahora mismo. Presione con fuerza la herida con un paño o apósito limpio sin soltar, y "
        "levante la mano o la extremidad por encima del corazón; si la sangre sale a chorros y presionar no la "
        "detiene, use un torniquete por encima de la herida si tiene uno. Guarde la parte que se cortó: envuélvala en "
        "una gasa o un paño limpio y húmedo, métala en una bolsa de plástico limpia y ciérrela, y ponga esa bolsa en "
        "otra bolsa o caja con hielo y agua, de modo que la parte no toque el hielo. No la lave ni la ponga "
        "directamente sobre el hielo, y que vaya con la persona. Manténgala acostada y abrigada, y no le dé nada de "
        "comer ni de beber."
    ),
    "sepsis_meningitis:dengue": (
        "En el dengue, el dolor fuerte de barriga, los vómitos una y otra vez, el sangrado de encías o nariz, la sangre"
        " en el vómito o las heces, la piel fría y sudorosa, el mareo, la somnolencia o la inquietud son señales de "
        "alarma de un dengue grave, que a menudo llegan cuando baja la fiebre y necesitan atención en el hospital ya: "
        "vaya a una sala de emergencias ya, o llame al {emergency} si está mareado hasta desmayarse, adormilado o frío "
        "y sudoroso. Dele sorbos de líquido si los tolera. Para la fiebre o el dolor use solo paracetamol: nada de "
        "ibuprofeno, aspirina ni otros antiinflamatorios, que empeoran el sangrado."
    ),
    "sepsis_meningitis:liver": (
        "La piel o los ojos cada vez más amarillos, con confusión nueva, somnolencia, habla confusa, la barriga "
        "hinchada, fiebre o vómitos con sangre, en alguien con una enfermedad del hígado (como cirrosis) pueden "
        "significar que el hígado está fallando, una infección o un sangrado: llame al {emergency} o vaya a una sala "
        "de emergencias ya. Diga que tiene una enfermedad del hígado y lleve sus medicamentos; no le dé pastillas para "
        "dormir, alcohol ni analgésicos como el ibuprofeno."
    ),
    "sudden_severe_pain:porphyria": (
        "Un dolor fuerte de barriga con vómitos, orina rojo oscuro o marrón, confusión, debilidad o una convulsión en "
        "alguien con porfiria aguda puede ser una crisis que necesita tratamiento en el hospital hoy (hemina por la "
        "vena, y azúcar): vaya a una sala de emergencias ya, o llame al {emergency} si está confundido, muy débil, "
        "convulsionando o le cuesta respirar. Diga que tiene porfiria aguda y lleve todos los medicamentos que haya "
        "empezado hace poco; no le dé ningún analgésico ni otro medicamento que no se sepa seguro en la porfiria."
    ),
    "sudden_severe_pain:haemolysis": (
        "En la deficiencia de G6PD, la palidez repentina, los ojos o la piel amarillos, la orina oscura como refresco "
        "de cola, la respiración rápida o el corazón acelerado después de comer habas, un medicamento nuevo o una "
        "infección significan que los glóbulos rojos se están rompiendo rápido: vaya a una sala de emergencias ya, o "
        "llame al {emergency} si está adormilado, le falta el aire o cuesta despertarlo. Lleve el alimento o el "
        "medicamento, y no le dé más."
    ),
    "sudden_severe_pain:filler": (
        "Después de una inyección de relleno, si la vista se nubla, se oscurece o se pierde, llame al {emergency} ya: "
        "el relleno puede tapar la arteria del ojo. La piel que se pone blanca y luego oscura, con manchas o como un "
        "encaje morado o gris, con dolor, puede significar que el relleno está tapando una arteria de la piel, que "
        "puede morir en pocas horas: comuníquese ya con quien se lo inyectó para la inyección que lo disuelve "
        "(hialuronidasa), y si no lo localiza, vaya a una sala de emergencias ya."
    ),
    "breathing:tracheostomy": (
        "Una cánula de traqueostomía que se salió o está tapada y no se puede destapar ni volver a poner es una "
        "emergencia: llame al {emergency} ahora y diga \"traqueostomía\". Siga el plan de emergencia de la "
        "traqueostomía de la persona: aspire o cambie la cánula, y si la nueva no entra, pruebe la de repuesto un "
        "tamaño más pequeño. Dele oxígeno por el orificio (y por la cara) si tiene. Si deja de respirar, empiece la "
        "RCP dando las respiraciones por el orificio de la traqueostomía, o como diga su plan."
    ),
    "sepsis_meningitis:eye_socket": (
        "Un párpado hinchado y rojo, o casi cerrado, con un ojo que sobresale o se sale hacia afuera, dolor al mover "
        "el ojo, visión doble o borrosa, o fiebre, puede ser una infección detrás del ojo, que puede quitar la vista y "
        "pasar al cerebro. Vaya a una sala de emergencias ya, o llame al {emergency} si la persona está adormilada o "
        "confundida; no espere a una cita de rutina ni a que hagan efecto los antibióticos."
    ),
    "severe_bleeding:inside": (
        "Ponerse pálido, frío y sudoroso, sentirse a punto de desmayarse o casi desplomarse, el pulso acelerado, o la "
        "barriga que se hincha y se pone tensa después de una operación o de un parto pueden significar un sangrado "
        "por dentro, aunque no se vea sangre. Llame al {emergency} ahora y diga qué operación fue y cuándo. Acueste a "
        "la persona, levántele las piernas si se siente a punto de desmayarse, manténgala abrigada y no le dé nada de "
        "comer ni de beber."
    ),
    "sepsis_meningitis:after_birth": (
        "La fiebre alta, los escalofríos o temblores, el corazón acelerado, sentirse confundida o muy mal, el dolor de "
        "barriga o un flujo con mal olor en las semanas después de un parto, un aborto espontáneo, un aborto o una "
        "operación de la matriz, o con un pecho rojo, caliente e hinchado, pueden ser una sepsis, que necesita "
        "antibióticos en menos de una hora: llame al {emergency} o vaya a una sala de emergencias ya, y diga qué pasó "
        "y cuándo. Un bebé de menos de 3 meses con fiebre también necesita que lo vean ya."
    ),
    "pregnancy_emergency:birth_now": (
        "Si el bebé está naciendo ya (unas ganas de pujar que no se pueden parar, o se ve la cabeza): llame al "
        "{emergency} ahora y no salga en coche. Acuéstese o arrodíllese en un lugar abrigado con toallas limpias; deje "
        "que el bebé salga y no tire de él. Cuando nazca, séquelo, póngalo piel con piel sobre el pecho de la madre y "
        "tápelos a los dos; no corte el cordón. Si el bebé no respira ni llora, la persona que atiende la llamada le "
        "dirá qué hacer."
    ),
    "pregnancy_emergency:cord": (
        "Si el cordón salió antes que el bebé, al bebé le puede faltar el oxígeno: llame al {emergency} ahora. "
        "Póngase de rodillas y apoyada en los codos con el trasero más alto que la cabeza, o acuéstese de lado con las "
        "caderas levantadas sobre una almohada. No meta el cordón ni lo apriete; cúbralo con una toalla limpia, "
        "húmeda y tibia."
    ),
    "overdose_poisoning:serotonin": (
        "La fiebre alta, sudar mucho, músculos que se sacuden o tiemblan solos, temblores, agitación, diarrea o el "
        "corazón acelerado después de empezar o añadir un medicamento (como tramadol, un triptán, hierba de San Juan u "
        "otro antidepresivo) en alguien que toma un antidepresivo pueden ser toxicidad por serotonina: llame al "
        "{emergency} ahora. No tome más de ninguno de los dos medicamentos hasta que lo vea un médico, y lleve las "
        "cajas. Manténgalo fresco y tranquilo mientras espera.{poison}"
    ),
    "overdose_poisoning:lithium": (
        "Sentirse como borracho sin haber bebido, inestabilidad, un temblor peor o más grueso, arrastrar las "
        "palabras, confusión, o vómitos o diarrea, en alguien que toma litio, pueden significar que el litio se "
        "acumuló hasta un nivel tóxico, sobre todo con una gastroenteritis, si bebe poco, o con un medicamento nuevo "
        "como ibuprofeno o un diurético: vaya ahora a una sala de emergencias para un análisis de litio, y llame al "
        "{emergency} si tiene mucho sueño, está confundido o tiene una convulsión. No tome más litio hasta que un "
        "médico revise el nivel, y lleve la caja."
    ),
    "mental_health_crisis:alcohol_withdrawal": (
        "Dejar de golpe de beber mucho alcohol, o un tranquilizante o una pastilla para dormir como el diazepam o el "
        "lorazepam tomados durante mucho tiempo, puede causar una abstinencia peligrosa: temblores, sudor abundante, el"
        " corazón acelerado, ver u oír cosas que no están, no saber dónde está, o convulsiones necesitan tratamiento de"
        " emergencia en el hospital. Llame al {emergency} ahora. Quédese con la persona, manténgala en un lugar "
        "tranquilo e iluminado, y si tiene una convulsión, aparte las cosas duras y póngala de lado cuando deje de "
        "sacudirse."
    ),
    "mental_health_crisis:not_drinking": (
        "Una persona que casi no ha bebido nada en dos días o más, o que está confundida o muy débil, necesita que la "
        "vean en el hospital hoy: llame al {emergency} si tiene mucho sueño, está confundida, no puede ponerse de pie "
        "o casi no ha orinado. Si dice que no tiene sentido seguir o habla de no querer vivir, no la deje sola, y "
        "también puede contactar con {crisis}."
    ),
    "mental_health_crisis:eating_disorder": (
        "Desmayarse, un pulso muy lento o irregular, dolor en el pecho, o manos y pies fríos y morados en alguien que "
        "ha estado dejando de comer o ha perdido mucho peso pueden significar que el corazón está en peligro: llame "
        "al {emergency} o vaya ahora a una sala de emergencias, aunque diga que está bien. Manténgala acostada y "
        "abrigada, y no la deje hacer ejercicio. Avise a su equipo de trastornos alimentarios de lo ocurrido."
    ),
    "suicide_self_harm:ligature": (
        "Una persona que ha tenido un cordón, un cinturón o cualquier otra cosa alrededor del cuello necesita que la "
        "revisen ahora en una sala de emergencias, aunque hable y parezca estar bien: el cuello se puede hinchar, y el "
        "cerebro puede sufrir daño, horas después. Llame al {emergency} ahora si tiene mucho sueño, está confundida, "
        "le cuesta respirar, o le cambia la voz o la forma de tragar. Quédese con ella, quite de su alcance cualquier "
        "cosa con la que pueda hacerse daño, y también puede contactar con {crisis}."
    ),
    "sepsis_meningitis:thyroid_storm": (
        "En una persona con la tiroides hiperactiva (como la enfermedad de Graves), la fiebre con el corazón muy "
        "acelerado, temblores, vómitos o diarrea, agitación o confusión pueden ser una tormenta tiroidea, que "
        "necesita tratamiento de emergencia: llame al {emergency} ahora. Diga que tiene la tiroides hiperactiva y qué "
        "medicamento para la tiroides toma o ha dejado. Si toma carbimazol, metimazol o propiltiouracilo y además "
        "tiene dolor de garganta o llagas en la boca, dígalo: también necesita un hemograma urgente."
    ),
    "breathing:water": (
        "Una persona que estuvo bajo el agua y, aunque sea horas después, sigue tosiendo, respira rápido o con "
        "esfuerzo, se ve pálida o con los labios azulados, o está muy dormida, floja o confundida puede tener agua "
        "en los pulmones, y eso puede empeorar en las horas siguientes. Llame al {emergency} ahora o vaya ahora a "
        "una sala de emergencias, aunque al principio pareciera estar bien. Manténgala sentada y abrigada, y vigile "
        "su respiración; si deja de respirar con normalidad, empiece la RCP y siga las instrucciones de quien le "
        "atienda la llamada."
    ),
    "sudden_severe_pain:retina": (
        "Muchas manchas flotantes nuevas de repente (puntos, motas o telarañas), destellos de luz, o una sombra o "
        "cortina que tapa parte de la vista pueden significar que la retina, al fondo del ojo, se está rompiendo o "
        "despegando. Necesita que le revisen el ojo hoy, en pocas horas, para salvar la vista: vaya ahora a una sala "
        "de emergencias o a un servicio de urgencias de oftalmología, y no maneje usted. Si perdió de repente la "
        "vista de un ojo, o se le cae la cara, un brazo o una pierna pierde fuerza o no se le entiende al hablar, "
        "llame al {emergency}."
    ),
    "overdose_poisoning:child": (
        "Un bebé o un niño pequeño que puede haber tragado un medicamento, un producto de limpieza o cualquier otra "
        "cosa tóxica necesita ayuda ya. Llame al {emergency} ahora mismo, sobre todo si está adormilado, cuesta "
        "despertarlo, tiene dificultad para respirar, tiene una convulsión, o la boca o los labios se ven "
        "quemados.{poison} No lo haga vomitar. Sáquele lo que le quede en la boca y no le dé nada de comer ni de "
        "beber salvo que se lo indiquen. Guarde el paquete o el frasco para mostrárselo a los paramédicos. Si no se "
        "despierta, póngalo de lado; si no respira normalmente, empiece la reanimación (RCP) para bebés o niños: la "
        "operadora le irá guiando. Si pudo ser un analgésico fuerte, metadona u otro opioide y tiene naloxona "
        "(Narcan), désela."
    ),
    "breathing:child": (
        "Un bebé o un niño pequeño con mucha dificultad para respirar, que respira muy rápido, al que se le hunden "
        "las costillas o que tiene los labios azulados o grises necesita ayuda ya. Llame al {emergency} ahora "
        "mismo. Manténgalo erguido en brazos, o en la postura en que respire mejor, y tranquilo; no le dé nada de "
        "comer ni de beber. Si tiene un inhalador de rescate recetado con cámara, déselo como le enseñó su médico. "
        "Si puede tener algo atascado en la garganta y no puede toser, llorar ni respirar, dele hasta 5 golpes "
        "firmes en la espalda y luego 5 compresiones en el pecho si es un bebé menor de 1 año (compresiones "
        "abdominales si es un niño mayor), y repita. Si deja de respirar o queda flácido y no responde, empiece "
        "la reanimación (RCP) para bebés o niños: la operadora le irá guiando."
    ),
    "anaphylaxis:drug_rash": (
        "Una erupción roja o morada que se extiende, con ampollas o piel que se despega, o llagas en la boca, los "
        "labios o los ojos, a menudo después de fiebre y en las semanas siguientes a empezar un medicamento nuevo, "
        "puede ser una reacción grave al medicamento (síndrome de Stevens-Johnson). Vaya ahora a un servicio de "
        "urgencias, o llame al {emergency} si la persona está muy mal, confundida o le cuesta beber o respirar. No "
        "tome otra dosis del medicamento hasta que un médico haya visto la erupción, y lleve el medicamento o su caja."
    ),
    "breathing:clot": (
        "Una falta de aire repentina, o un dolor agudo en el pecho al respirar, después de una operación, un parto o "
        "un viaje largo, o con una pantorrilla hinchada, caliente o dolorosa, puede ser un coágulo de sangre en el "
        "pulmón. Llame al {emergency} ahora mismo; no espere a ver si se pasa y no maneje usted. Siéntese erguido y "
        "quédese quieto mientras espera, y diga a quien atienda la llamada lo de la operación o el viaje y si toma o "
        "dejó un anticoagulante. Si la persona se desmaya o deja de respirar con normalidad, empiece la RCP."
    ),
    "breathing:diving": (
        "Después de bucear con tanque, el dolor en las articulaciones, el hormigueo o el adormecimiento, un "
        "sarpullido con manchas o que pica, un cansancio fuera de lo normal, el mareo, la falta de aire, el dolor "
        "en el pecho, las piernas débiles, la dificultad para orinar o la confusión pueden ser la enfermedad por "
        "descompresión o una burbuja de aire en la sangre, que necesitan tratamiento de emergencia en una cámara "
        "hiperbárica: llame al {emergency} ahora y diga que la persona buceó, a qué profundidad y cuándo; si "
        "puede, llame también a la línea de emergencia de DAN (Divers Alert Network). La persona debe acostarse y "
        "quedarse quieta, respirar oxígeno si lo hay, tomar agua solo si está bien despierta, y no viajar en "
        "avión. No vuelva a meterse al agua para tratarlo."
    ),
    "chest_pain:dialysis": (
        "Después de faltar a la diálisis o de una sesión más corta de lo normal, las piernas pesadas o débiles, "
        "el hormigueo, un latido muy lento, irregular, que se salta o que se siente como un aleteo, el dolor en "
        "el pecho, la falta de aire o sentirse demasiado débil para ponerse de pie pueden significar que el "
        "potasio en la sangre está peligrosamente alto o que se está acumulando líquido, lo que puede parar el "
        "corazón: llame al {emergency} ahora, diga que faltó a la diálisis, y no maneje usted. Si le falta el "
        "aire, siéntese derecho. No coma alimentos con mucho potasio (como plátano o banana, naranja, papa, "
        "tomate o sustitutos de la sal) y tome la menor cantidad de líquido posible. No espere a la próxima "
        "sesión."
    ),
    "pregnancy_emergency:ohss": (
        "Después de un tratamiento de fertilidad, una hinchazón rápida del vientre, subir de peso rápido, orinar "
        "poco, vómitos o falta de aire pueden ser el síndrome de hiperestimulación ovárica, que puede volverse "
        "peligroso: llame ahora al número de emergencia de su clínica de fertilidad. Llame al {emergency} o vaya "
        "a una sala de emergencias enseguida si no logra comunicarse pronto con la clínica, o si le falta el "
        "aire, tiene dolor en el pecho, una pierna hinchada o adolorida, un dolor fuerte en el vientre o siente "
        "que se va a desmayar. Tome líquidos cuando tenga sed y no tome ibuprofeno ni analgésicos parecidos."
    ),
    "overdose_poisoning:extra_dose": (
        "Llame al {emergency} ahora mismo si la persona está muy somnolienta o cuesta despertarla, le falta el aire, "
        "tiene dolor en el pecho, el corazón muy rápido o irregular, o una convulsión. Si no, una dosis de más tomada "
        "por error necesita consejo ahora, no mañana: un farmacéutico, la línea de su médico o de guardia, o la "
        "línea de intoxicaciones pueden decirle si necesita atención y cuándo tomar la siguiente dosis.{poison} No "
        "tome la siguiente dosis hasta haber preguntado y no se provoque el vómito."
    ),
    "overdose_poisoning:paracetamol_days": (
        "Tomar más paracetamol (acetaminofén) del que indica el envase, aunque sea repartido en varios días o "
        "dentro de antigripales u otros medicamentos combinados, puede dañar el hígado antes de que la persona se "
        "sienta mal: vaya ahora a una sala de emergencias para un análisis de sangre, aunque se sienta bien. "
        "Llame al {emergency} si la persona está muy somnolienta, confundida, vomita o tiene la piel o los ojos "
        "amarillos. No tome más paracetamol ni medicamentos que lo contengan, y lleve los "
        "envases.{poison}{crisis_if}"
    ),
    "adrenal_crisis": (
        "En una persona con enfermedad de Addison, o que depende de pastillas de corticoides como la "
        "hidrocortisona, los vómitos o la diarrea, sentirse a punto de desmayarse, muy débil, adormilada o "
        "confundida pueden ser una crisis suprarrenal, que puede ser mortal en pocas horas. Llame al {emergency} "
        "ahora y diga \"crisis suprarrenal, depende de corticoides\" (muestre la tarjeta de emergencia de "
        "corticoides si la tiene). Si tiene una inyección de hidrocortisona de emergencia, póngasela ahora, en la "
        "parte externa del muslo, sin esperar a la ambulancia."
    ),
    "sepsis_meningitis": (
        "Un sarpullido que no se borra al presionarlo, o una persona muy enferma, sin fuerzas o adormilada que "
        "tiene fiebre, pueden ser señal de meningitis o sepsis. Llame al {emergency} ahora mismo."
    ),
    "possible_emergency": (
        "Lo que usted describe puede ser señal de una emergencia. Si está pasando ahora, llame al {emergency} "
        "ahora mismo y siga las instrucciones del operador de emergencias. Si está pensando en hacerse daño, "
        "comuníquese con {crisis}.{poison} Si no está pasando nada así ahora, vuelva a preguntar en una o dos "
        "oraciones sobre el problema de salud o la medicina que quiere consultar."
    ),
}

ADDITIONS_ES: dict[str, str] = {
    "electricity": (
        "Si hay electricidad de por medio, no toque a la persona hasta que se haya cortado la corriente o la "
        "persona ya no esté en contacto con la electricidad, y manténgase bien lejos de los cables eléctricos "
        "caídos. "
    ),
    "heat": (
        " Si la persona se sobrecalentó (golpe de calor), llévela a un lugar fresco y enfríela rápido: póngale "
        "agua fría en la piel y échele aire."
    ),
    "cold": (
        " Si la persona está muy fría, llévela a un lugar cálido, muévala con cuidado, quítele la ropa mojada y "
        "envuélvala en cobijas; no la meta en un baño caliente, y no le frote los brazos ni las piernas."
    ),
    "deliberate": " Si esto fue a propósito, también puede comunicarse con {crisis}.",
    "fistula": (
        " Si es una fístula o un injerto de diálisis, apriete firmemente con dos dedos sobre un paño limpio justo en "
        "el punto que sangra, y siga apretando al menos 10 minutos sin mirar."
    ),
    "wound_pump": (
        " Si hay una bomba de la herida (VAC) o un drenaje, apague la bomba y apriete firmemente sobre el apósito."
    ),
    "marrow": (
        " La fiebre, los escalofríos, el dolor de garganta o las llagas en la boca mientras se toma clozapina, o "
        "un medicamento para la tiroides como el carbimazol, pueden significar que bajaron los glóbulos blancos "
        "que combaten las infecciones: hace falta un hemograma urgente hoy, no en el próximo análisis de rutina. "
        "Deje el carbimazol o el propiltiouracilo hasta conocer el resultado, y diga qué medicamento es."
    ),
    "stroke_signs": (
        " Si se le cae la cara, un brazo o una pierna pierde fuerza, o sigue sin entendérsele al hablar después de "
        "darle azúcar, llame al {emergency} enseguida: puede ser un derrame cerebral."
    ),
    "sickle": (
        " Diga que la persona tiene anemia de células falciformes: la fiebre, o un dolor nuevo en el pecho o al "
        "respirar, deben atenderse de inmediato."
    ),
    "withdrawal": (
        " Si esto pasó después de dejar de beber mucho alcohol, dígaselo a quien atienda la llamada: las convulsiones "
        "por abstinencia pueden repetirse, y ver cosas o la confusión después necesitan tratamiento en el hospital."
    ),
    "valve": (
        " Diga que a la persona le cambiaron o repararon una válvula del corazón: la fiebre con una válvula así puede "
        "ser una infección de la válvula (endocarditis), que necesita análisis de sangre y atención en el hospital hoy."
    ),
    "travel": (
        " Diga adónde viajó: la fiebre después de un viaje a una zona con malaria necesita una prueba de malaria "
        "hoy mismo, aunque haya tomado pastillas contra la malaria."
    ),
    "blood_thinner": (
        " Quien toma un anticoagulante debe ser revisado en urgencias después de un golpe en la cabeza, aunque "
        "parezca estar bien: lleve el nombre del medicamento."
    ),
    "after_birth": (
        " Perder el contacto con la realidad en las semanas después de un parto (psicosis posparto) es una "
        "emergencia médica: ella necesita que la vean hoy, en urgencias o un equipo de crisis, y no se la debe "
        "dejar sola con el bebé."
    ),
    "tampon": " Si tiene puesto un tampón o una copa menstrual, quíteselo ahora.",
    "paracetamol": (
        " Demasiado paracetamol (acetaminofén), aunque se haya tomado repartido en varios días o dentro de "
        "antigripales u otros medicamentos combinados, puede dañar el hígado antes de que la persona se sienta "
        "mal: vaya ahora a una sala de emergencias para un análisis de sangre y tratamiento, aunque se sienta "
        "bien. No tome más paracetamol ni medicamentos que lo contengan. Lleve los envases."
    ),
    "sick_day": (
        " Si usa insulina y está vomitando, no deje la insulina de acción prolongada (basal) aunque no pueda comer; "
        "mida el azúcar, y las cetonas si puede, cada 2 a 4 horas, beba a sorbos, y pida ayuda ahora si no retiene "
        "los líquidos o las cetonas están altas."
    ),
    "methotrexate": (
        " El metotrexato tomado todos los días en lugar de una vez por semana necesita análisis de sangre y un "
        "antídoto (ácido folínico) hoy: suspéndalo y lleve los envases."
    ),
    "naloxone": (
        " Si la persona pudo haber tomado un opioide (un analgésico fuerte como oxicodona, morfina o fentanilo, o "
        "heroína o metadona) y usted tiene naloxona (Narcan), désela: puede devolverle la respiración."
    ),
    "open_fracture": (
        " Si un hueso sale a través de la piel, no lo empuje hacia dentro; cubra la herida con un paño limpio y "
        "presione alrededor, no sobre el hueso."
    ),
    "assault": (
        " Si alguien le agredió sexualmente, no fue su culpa. Un servicio de urgencias o un servicio de atención a "
        "víctimas de agresión sexual puede atenderle hoy, aunque no quiera denunciar: tratan las lesiones, pueden "
        "darle anticoncepción de emergencia y un medicamento que previene el VIH (mejor en las primeras 72 horas), y "
        "solo guardan pruebas si usted lo decide."
    ),
}

CRISIS_IF_ES = " Si esto fue a propósito, también puede comunicarse con {crisis}."
POISON_ES = " También puede pedir consejo a expertos en {poison_line}."
POISON_POSSIBLE_ES = " Si es una intoxicación o sobredosis, también puede pedir consejo a expertos en {poison_line}."
US_CRISIS_ES = (
    "la Línea 988 de Prevención del Suicidio y Crisis (llame o envíe un mensaje de texto al 988; hay "
    "atención en español)"
)
US_POISON_ES = "la línea de ayuda para intoxicaciones (Poison Help) al 1-800-222-1222"
