"""Messages not written in English: say so in the writer's language, with the emergency line.

The corpus, the emergency rules and the messages are English. A Spanish speaker who writes "me
duele mucho el pecho y no puedo respirar" would otherwise get the English "no reviewed answer"
message and no emergency line they can read. :func:`detect_language` recognises a few languages
common among clinic patients, by their function words (Latin scripts) or by their script; the
:class:`~indexer.answer.Answerer` then puts :data:`ENGLISH_ONLY` in that language before its own
message. It never decides anything else: the emergency triage and the search run as before (a
short "sintomas de dengue" still finds the dengue answer).

Deliberately cautious: a Latin-script message counts as another language only when it has several
of that language's function words and almost no English ones (checked against every labelled
English message in ``eval/`` and the MedQuAD questions: ``tests/test_language.py``).
"""

from __future__ import annotations

import re

#: "We can only answer questions in English. If this is an emergency, call your local emergency
#: number now." in each language recognised.
ENGLISH_ONLY: dict[str, str] = {
    "es": "Solo podemos responder preguntas en inglés. Si es una emergencia, llame ahora a su número local de "
          "emergencias.",
    "fr": "Nous ne pouvons répondre qu'aux questions en anglais. S'il s'agit d'une urgence, appelez maintenant "
          "votre numéro d'urgence local.",
    "de": "Wir können nur Fragen auf Englisch beantworten. Wenn es ein Notfall ist, rufen Sie jetzt Ihre örtliche "
          "Notrufnummer an.",
    "pt": "Só podemos responder a perguntas em inglês. Se for uma emergência, ligue agora para o número de "
          "emergência local.",
    "it": "Possiamo rispondere solo a domande in inglese. Se è un'emergenza, chiami subito il numero di emergenza "
          "locale.",
    "vi": "Chúng tôi chỉ có thể trả lời câu hỏi bằng tiếng Anh. Nếu đây là trường hợp khẩn cấp, hãy gọi ngay số "
          "khẩn cấp tại địa phương.",
    "tl": "Sa Ingles lamang kami makakasagot ng mga tanong. Kung ito ay emergency, tumawag ngayon sa inyong "
          "lokal na emergency number.",
    "pl": "Możemy odpowiadać tylko na pytania po angielsku. Jeśli to nagły wypadek, zadzwoń teraz pod lokalny "
          "numer alarmowy.",
    "ht": "Nou ka reponn sèlman kesyon an anglè. Si se yon ijans, rele nimewo ijans lokal ou a kounye a.",
    "zh": "我们只能回答英文问题。如果是紧急情况，请立即拨打当地急救电话。",
    "ja": "英語の質問にのみお答えできます。緊急の場合は、今すぐ地域の緊急番号に電話してください。",
    "ko": "영어로 된 질문에만 답변할 수 있습니다. 응급 상황이라면 지금 바로 지역 응급 번호로 전화하세요.",
    "ar": "يمكننا الإجابة على الأسئلة باللغة الإنجليزية فقط. إذا كانت هذه حالة طارئة، فاتصل الآن برقم الطوارئ المحلي.",
    "fa": "ما فقط می‌توانیم به پرسش‌هایی که به زبان انگلیسی نوشته شده‌اند پاسخ دهیم. اگر وضعیت اضطراری است، همین "
          "حالا با شماره اورژانس محلی تماس بگیرید.",
    "ur": "ہم صرف انگریزی میں پوچھے گئے سوالات کا جواب دے سکتے ہیں۔ اگر یہ ایمرجنسی ہے تو ابھی اپنے مقامی ایمرجنسی "
          "نمبر پر کال کریں۔",
    "ru": "Мы можем отвечать только на вопросы на английском языке. Если это экстренный случай, немедленно "
          "позвоните по местному номеру экстренной помощи.",
    "hi": "हम केवल अंग्रेज़ी में पूछे गए प्रश्नों का उत्तर दे सकते हैं। यदि यह आपातकाल है, तो अभी अपने स्थानीय "
          "आपातकालीन नंबर पर कॉल करें।",
}

#: Function words (and a few very common health words) of each Latin-script language, minus any
#: that are English words too ("me", "no", "a", "son", "die", "come", "pour"...).
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "es": frozenset(
        "el la los las de del que y en si su un una es quiero necesito cita consulta cuanto cuánto cuesta por "
        "con para mi mis se muy tengo tiene cuales cuáles qué "
        "cómo como está estoy hace hijo hija dolor duele desde pero también cuando porque puedo puede sus "
        "años días hay ya más esta este eso nada tiene mucho mucha fiebre tos médico "
        # words of a short health question, so that "tengo gripe" or "diabetes tipo 2 síntomas" is told as Spanish
        # (a re-review of session 19 saw them searched as English and "tengo" corrected to "tango")
        "síntomas sintomas tratamiento enfermedad embarazo embarazada gripe garganta estómago estomago cabeza "
        "presión presion azúcar azucar corazón corazon riñones hígado higado pecho espalda rodilla mareo mareos "
        "vómito vomito vómitos vomitos náuseas nauseas picazón picazon sangre orina tipo hipertensión "
        "hipertension".split()
    ),
    "fr": frozenset(
        "le la les des de du que et est si en ne votre vos aux au un une dans pour avec mon mes je j'ai suis sont "
        "quels quelles comment depuis mais aussi quand parce fils fille douleur mal peux peut très ai il elle "
        "nous vous leur cette sur pas fièvre médecin".split()
    ),
    "de": frozenset(
        "der das und ist ein eine nicht mit für ich mein meine habe hat sind was wie seit aber auch "
        "wenn weil sohn tochter schmerzen kann sehr auf von zu dem es sie wir ihr arzt fieber".split()
    ),
    "pt": frozenset(
        "o os as de do da dos das que e em um uma é se por com para meu minha eu tenho tem quais como estou está "
        "desde mas também quando porque filho filha dor posso pode muito não são febre médico".split()
    ),
    "it": frozenset(
        "il lo la gli le di del della che e è un una se per con mio mia ho sono quali come sto ma anche "
        "quando perché figlio figlia dolore posso può molto non febbre medico".split()
    ),
    "tl": frozenset(
        "ang ng mga sa ko ka siya ako niya na ay po opo ba kami namin nang kung ito iyan mo nila sila "
        "pwede puwede magandang umaga anak nanay tatay masakit lagnat".split()
    ),
    "pl": frozenset(
        "się nie jest na że to w z do dla mój moja mam ma jak czy ale też kiedy bo syn córka ból lekarz "
        "lekarza wizytę proszę dzień dobry bardzo gorączka".split()
    ),
    "ht": frozenset(
        "mwen li nou yo pa gen ak pou nan sa se ki yon depi pitit manje lafyèv doktè kounye bonjou "
        "kijan konbyen sèlman rele kesyon reponn anpil malad tèt vant fè".split()
    ),
    "vi": frozenset(
        "tôi của và là có không những các một được trong cho với này bị đau con bác sĩ sốt như thế nào "
        "làm gì".split()
    ),
}
#: English words that, in a message, say it is English (some English words are also function words
#: of another language: those are not counted either way).
_ENGLISH = frozenset(
    "the and is of to i my it for have with what that this are be on was can do he she they you your "
    "has had not but from at or if how why when which there been his her their we our im its".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
#: French and Italian elision ("qu'aux", "s'il", "d'urgence", "un'emergenza"): English contractions
#: put the apostrophe after the word ("don't", "it's"), never after one or two letters like these.
_ELISION = re.compile(r"^(?:qu|[dljscnm]|un|dell|nell|all|sull)'[^\W\d_]+$")
#: Letters of Polish only.
_POLISH = re.compile(r"[ąęłńśźżćĄĘŁŃŚŹŻĆ]")
#: Letters of Vietnamese only (tone marks on Latin letters, ư ơ đ).
_VIETNAMESE = re.compile(r"[\u1ea0-\u1ef9ươđƯƠĐ]")
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),  # kana first: Japanese also uses CJK ideographs
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)


#: Letters of Urdu only among the Arabic script's users (ٹ ڈ ڑ ں ے ۓ ھ), and of Persian and Urdu but not
#: Arabic (پ چ ژ گ ک ی): a Persian or Urdu writer was given the Arabic line (QA review, session 16).
_URDU = re.compile(r"[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2\u06d3]")
_PERSIAN_OR_URDU = re.compile(r"[\u067e\u0686\u0698\u06af\u06a9\u06cc]")


def _arabic_script_language(letters: list[str]) -> str:
    """Arabic, Persian or Urdu, for letters mostly of the Arabic script."""
    if sum(1 for c in letters if _URDU.match(c)) >= max(1.0, 0.02 * len(letters)):
        return "ur"
    if sum(1 for c in letters if _PERSIAN_OR_URDU.match(c)) >= max(1.0, 0.02 * len(letters)):
        return "fa"
    return "ar"


def detect_language(text: str) -> str | None:
    """The code of the language ``text`` is written in, when it is one of :data:`ENGLISH_ONLY`;
    None for English, for too little to tell, and for other languages."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return None
    for code, script in _SCRIPTS:
        if sum(1 for c in letters if script.match(c)) >= 0.5 * len(letters):
            return _arabic_script_language(letters) if code == "ar" else code
    if sum(1 for c in letters if _VIETNAMESE.match(c)) >= max(2.0, 0.08 * len(letters)):
        return "vi"
    if sum(1 for c in letters if _POLISH.match(c)) >= max(2.0, 0.03 * len(letters)):
        return "pl"
    words = [w.lower().replace("’", "'") for w in _WORD.findall(text.replace("’", "'"))]
    if not words:
        return None
    english = sum(w in _ENGLISH for w in words)
    elided = sum(1 for w in words if _ELISION.match(w))
    best, hits = None, 0
    for code, vocabulary in _FUNCTION_WORDS.items():
        n = sum(w in vocabulary and w not in _ENGLISH for w in words) + (elided if code in ("fr", "it") else 0)
        if n > hits:
            best, hits = code, n
    if best is None or hits < 2 or hits < 0.25 * len(words) or english * 3 > hits:
        return None
    return best
