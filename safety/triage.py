"""Deterministic emergency triage, run on every question before any search.

``Triage(contacts).check(text)`` returns an :class:`Emergency` (category,
patient-facing message with the right phone numbers, id of the rule that
fired) or ``None``.  The rules live in :mod:`safety.patterns`; this module
normalizes text, applies the rules and their guards, and words the messages.
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from safety import messages_es
from safety.classifier import ClassifierError, EmergencyClassifier
from safety.patterns import (
    AFTER_BIRTH,
    ALCOHOL_STOPPED,
    ALL_ACCOUNTED_FOR,
    ALTITUDE,
    AMPUTATION_TOLD,
    BARE_SON,
    BATTERY_SWALLOWED,
    BLOOD_THINNERS,
    BOWEL_BLOOD,
    CANNOT_BREATHE_TOLD,
    CHEMICAL_CUES,
    CHILD_PAST_SIX_MONTHS,
    CHILD_POISONING_UNLESS,
    CHRONIC_CUES,
    CLEANER_IN_THE_MOUTH,
    CLOT_CUES,
    COLD_CUES,
    DELIBERATE_CUES,
    DIABETES_CUES,
    DIVING,
    DOCUMENT_CUES,
    ELECTRIC_CUES,
    EVENT_NOW,
    EVENT_WORDS,
    EXTRA_DOSE_TOLD,
    EXTRA_DOSE_UNLESS,
    FEVER_SIGNS_DENIED,
    FEVER_WARNING_SIGNS,
    FILLER_TODAY,
    FISTULA_CUES,
    FLUID_ON_LUNGS_CUES,
    FUME_CUES,
    FUZZY_PROTECTED,
    FUZZY_VOCABULARY,
    GIANT_CELL_CUES,
    GREEN_VOMIT,
    HAE_TOLD,
    HEART_VALVE,
    HEAT_CUES,
    HIGH_BP_READING,
    HIGH_FEVER_TOLD,
    HIGH_SUGAR_SIGNS,
    INHALED_TOLD,
    INSULIN_AND_VOMITING,
    LIVE_STRONG,
    LIVE_WEAK,
    LIVER_DISEASE_TOLD,
    LOW_CALCIUM_TOLD,
    LOW_SUGAR_TOLD,
    MALARIA_TRAVEL,
    MALIGNANT_HYPERTHERMIA_CUES,
    MARROW_MEDICINES,
    METHOTREXATE,
    MILD_FEVER_TOLD,
    MISSED_DIALYSIS,
    MOTHERS_SEPSIS,
    MOUTH_BLOOD,
    NEUROLEPTIC_MEDICINES,
    NEUROLEPTIC_SIGNS,
    NOSE_BLEEDING,
    NOT_A_CHILD_BOWEL,
    NOT_THE_WRITER,
    NOW_SIGN_CUES,
    OHSS_CUES,
    ONGOING_CUES,
    ONSET_CUES,
    OPEN_FRACTURE_TOLD,
    OPIOID_TAKEN,
    PARACETAMOL,
    PARACETAMOL_TAKEN,
    PAST_CUES,
    PERSONAL_REPORT,
    PHRASES,
    PORPHYRIA_TOLD,
    PREGNANCY_BLOOD,
    PREGNANT_WRITER,
    PREVENTION_CUES,
    QUESTION_CUES,
    REASSURED_CUES,
    RECENT_PAST_CUES,
    RECOVERED_CUES,
    RULES,
    SAFE_DOSE_CUES,
    SCUBA,
    SELF_HARM_CUES,
    SETTABLE_RULE_ALARMS,
    SEXUAL_ASSAULT_TOLD,
    SHUNT,
    SICKLE_CUES,
    SMOKE_TOLD,
    SNAKE_BITE,
    SPANISH_SNAKE_BITE,
    STRANGLED_TOLD,
    SVC_TOLD,
    TAKEN_TOLD,
    TAMPON,
    TEARING_PAIN,
    TESTICLE,
    THIRD_PERSON_WORDS,
    THYROID_STORM_CUES,
    TOO_OFTEN,
    TOOTH_OUT_TOLD,
    TOPIC_CUES,
    TRACHEOSTOMY_TOLD,
    TYPOS,
    URINE_CUES,
    WEAKNESS_CONDITION,
    WOUND_CUES,
    WOUND_PUMP_CUES,
    WRITER_AT_RISK,
    WRITER_WORDS,
    YOUNG_CHILD_CUES,
    Guard,
    Rule,
)
from safety.places import elsewhere_line, place_named, where_writer_is

# --------------------------------------------------------------------------
# Contacts
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EmergencyContacts:
    """Phone numbers quoted in emergency messages for one country."""

    country: str
    emergency_number: str
    crisis_line: str
    poison_line: str


#: Presets.  Numbers must be re-verified by the clinical/ops owner before launch.
PRESETS: dict[str, EmergencyContacts] = {
    c.country: c
    for c in (
        EmergencyContacts(
            "US",
            "911",
            "the 988 Suicide & Crisis Lifeline (call or text 988)",
            "Poison Help at 1-800-222-1222",
        ),
        EmergencyContacts(
            "CA",
            "911",
            "the 9-8-8 Suicide Crisis Helpline (call or text 988)",
            "your regional poison centre at 1-844-764-7669 (1-844-POISON-X)",
        ),
        EmergencyContacts(
            "GB",
            "999",
            "Samaritans on 116 123 (free, 24/7) or text SHOUT to 85258",
            "NHS 111",
        ),
        EmergencyContacts(
            "IE",
            "112",
            "Samaritans on 116 123 (free, 24/7) or text HELLO to 50808",
            "the National Poisons Information Centre on 01 809 2166",
        ),
        EmergencyContacts(
            "AU",
            "000",
            "Lifeline on 13 11 14",
            "the Poisons Information Centre on 13 11 26",
        ),
        EmergencyContacts(
            "NZ",
            "111",
            "Need to Talk? (call or text 1737)",
            "the National Poisons Centre on 0800 764 766",
        ),
        EmergencyContacts("IN", "112", "Tele-MANAS on 14416", ""),
        EmergencyContacts("DE", "112", "TelefonSeelsorge on 0800 111 0 111 or 0800 111 0 222", ""),
        EmergencyContacts("FR", "112", "the national suicide prevention line 3114", ""),
    )
}

_ALIASES: dict[str, str] = {"UK": "GB"}


def contacts_for(country: str) -> EmergencyContacts:
    """Return the preset contacts for an ISO 3166 alpha-2 code (case-insensitive).

    Raises ``ValueError`` naming the unknown code and listing the known ones.
    """
    code = (country or "").strip().upper()
    code = _ALIASES.get(code, code)
    if code not in PRESETS:
        known = ", ".join(sorted(PRESETS))
        raise ValueError(f"Unknown country code {country!r}; known codes: {known}")
    return PRESETS[code]


# --------------------------------------------------------------------------
# Result and messages
# --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Emergency:
    """A detected emergency: what kind, what to tell the patient, which rule fired, and whether the patient may set a
    rule's alarm aside (:func:`rule_alarm_settable`; the classifier's are settled by the answerer)."""

    category: str
    message: str
    rule: str
    settable: bool = False


#: Keys of the messages that word a category for what the text tells (never categories): see _WORDINGS.
NOSEBLEED = "severe_bleeding:nose"
MOUTH_BLEEDING = "severe_bleeding:mouth"
TOOTH_SOCKET_BLEEDING = "severe_bleeding:tooth"
PREGNANCY_BLEEDING = "severe_bleeding:pregnancy"
BOWEL_BLEEDING = "severe_bleeding:bowel"
FUMES = "overdose_poisoning:fumes"
BATTERY = "overdose_poisoning:battery"
EXTRA_DOSE = "overdose_poisoning:extra_dose"
GREEN_VOMITING = "sudden_severe_pain:green_vomit"
BLOCKED_SHUNT = "sudden_severe_pain:shunt"
CHEMICAL_BURN = "severe_burn:chemical"
SNAKE = "overdose_poisoning:snake"
NEUROLEPTIC = "overdose_poisoning:antipsychotic"
GIANT_CELL = "sudden_severe_pain:giant_cell"
DIVING_ILLNESS = "breathing:diving"
DIALYSIS_MISSED = "chest_pain:dialysis"
OVARIAN_HYPERSTIMULATION = "pregnancy_emergency:ohss"
PARACETAMOL_DAYS = "overdose_poisoning:paracetamol_days"
HIGH_BLOOD_PRESSURE = "sudden_severe_pain:blood_pressure"
SUDDEN_CONFUSION = "stroke:sudden_confusion"
CHILD_BREATHING = "breathing:child"
LUNG_CLOT = "breathing:clot"
CHILD_POISONING = "overdose_poisoning:child"
DRUG_RASH = "anaphylaxis:drug_rash"
RETINA = "sudden_severe_pain:retina"
WATER_IN_LUNGS = "breathing:water"
ICD_SHOCKS = "chest_pain:icd"
STOMA = "sudden_severe_pain:stoma"
TIGHT_CAST = "sudden_severe_pain:cast"
NUMBING_PUMP = "overdose_poisoning:local_anaesthetic"
BACLOFEN_PUMP = "overdose_poisoning:baclofen"
WOUND_OPEN = "sudden_severe_pain:wound_open"
KETOACIDOSIS = "diabetic_emergency:high_sugar"
THYROID_STORM = "sepsis_meningitis:thyroid_storm"
COLD_LIMB = "sudden_severe_pain:cold_limb"
SLOW_PULSE = "unconscious:slow_pulse"
SEROTONIN = "overdose_poisoning:serotonin"
LITHIUM = "overdose_poisoning:lithium"
WITHDRAWAL = "mental_health_crisis:alcohol_withdrawal"
NOT_DRINKING = "mental_health_crisis:not_drinking"
EATING_DISORDER = "mental_health_crisis:eating_disorder"
LIGATURE = "suicide_self_harm:ligature"
PRIAPISM = "sudden_severe_pain:priapism"
FLUID_ON_LUNGS = "breathing:fluid_on_lungs"
FORESKIN = "sudden_severe_pain:foreskin"
LOW_IMMUNITY_FEVER = "sepsis_meningitis:low_immunity"
CORD_SQUEEZED = "spinal_emergency:cord"
TUMOUR_LYSIS = "chest_pain:tumour_lysis"
IMMUNE_COLITIS = "sudden_severe_pain:immunotherapy"
HIGH_CALCIUM = "unconscious:calcium"
BLOCKED_CHEST_VEIN = "breathing:chest_vein"
SICKLE_SPLEEN = "sudden_severe_pain:spleen"
BLEEDING_INSIDE = "severe_bleeding:inside"
SEPSIS_AFTER_BIRTH = "sepsis_meningitis:after_birth"
BIRTH_NOW = "pregnancy_emergency:birth_now"
CORD_OUT = "pregnancy_emergency:cord"
ALTITUDE_SICKNESS = "breathing:altitude"
COMPARTMENT = "sudden_severe_pain:compartment"
MUSCLE_BREAKDOWN = "sudden_severe_pain:muscle_breakdown"
AORTA = "chest_pain:aorta"
THROAT_INFECTION = "breathing:throat_infection"
FOOD_STUCK = "choking:gullet"
EYE_SOCKET = "sepsis_meningitis:eye_socket"
TRACHEOSTOMY = "breathing:tracheostomy"
FILLER_OCCLUSION = "sudden_severe_pain:filler"
HAE_AIRWAY = "anaphylaxis:hae"
METABOLIC_CRISIS = "unconscious:metabolic"
RHYTHM_FAINT = "cardiac_arrest:rhythm"
WEAKNESS_SPREADING = "breathing:weakness"
NECK_CORD = "spinal_emergency:neck"
HEAVY_PERIOD = "severe_bleeding:period"
RED_CELLS_BREAKING = "sudden_severe_pain:haemolysis"
LOW_CALCIUM = "anaphylaxis:low_calcium"
MALIGNANT_HYPERTHERMIA = "sepsis_meningitis:anaesthetic"
PORPHYRIA_ATTACK = "sudden_severe_pain:porphyria"
JOINT_INFECTION = "sepsis_meningitis:joint"
OPEN_FRACTURE = "severe_bleeding:open_fracture"
LIVER_FAILING = "sepsis_meningitis:liver"
CLOSED_SPACE = "overdose_poisoning:closed_space"
EYE_INJURY = "sudden_severe_pain:eye_injury"
AMPUTATION = "severe_bleeding:amputation"
SEVERE_DENGUE = "sepsis_meningitis:dengue"
STRANGLED = "breathing:strangled"
BLOW_BLEEDING = "severe_bleeding:after_a_blow"
BATTERY_LODGED = "overdose_poisoning:battery_lodged"
INHALED_OBJECT = "choking:inhaled"
SMOKE_AIRWAY = "severe_burn:smoke"
TETANUS = "sudden_severe_pain:tetanus"

#: Category of the emergencies the classifier finds (it does not tell one kind from another).
POSSIBLE_EMERGENCY = "possible_emergency"
#: ``Emergency.rule`` of those emergencies.
CLASSIFIER_RULE = "classifier"

#: First aid for blood vomited, coughed up or filling the mouth (lying flat risks choking on it).
_MOUTH_FIRST_AID = (
    "Vomiting or coughing up blood, or blood filling the mouth, is an emergency: call {emergency} now. "
    "Keep the person sitting up and leaning forward, or on their side if they are drowsy, so they do "
    "not choke; let the blood drain out, and give nothing to eat or drink."
)
#: Patient-facing instructions per category.  Placeholders: {emergency},
#: {crisis}, {poison} (optional sentence), {crisis_if} (optional sentence).
_MESSAGES: dict[str, str] = {
    "stroke": (
        "This could be a stroke. Call {emergency} right now: every minute matters. "
        "Note the time the symptoms started. Do not drive to hospital yourself, and do not eat, "
        "drink or take medicine unless the call handler tells you to."
    ),
    # Someone threatening to kill the writer, at the door or in the house now (session 45's held-out round BS).
    "violence": (
        "If you are in danger now, call {emergency} and ask for the police. If you cannot talk, call anyway and stay "
        "on the line, and answer the call handler's questions as you can. If you can, get out, or stay in a room that "
        "locks with your phone and your children, away from the kitchen and anything that can be used as a weapon. "
        "Once you are safe, have any injury checked: a blow to the head or the belly, or being strangled, needs a "
        "doctor even when it seems small."
    ),
    SUDDEN_CONFUSION: (
        "Sudden confusion (someone newly muddled, disoriented or not making sense) can be a stroke, a serious "
        "infection, a low blood sugar, a head injury or a medicine's effect, and needs a doctor now. Call "
        "{emergency} now, and say when it started and whether the face droops, an arm or leg is weak, the speech "
        "is slurred, or they have a fever or have fallen. If they have diabetes and can swallow, give them "
        "something sugary while you wait. Stay with them, and have the list of their medicines ready."
    ),
    "chest_pain": (
        "This could be a heart attack. Call {emergency} right now. "
        "Stop what you are doing and sit down. Do not drive yourself to hospital. "
        "Follow the call handler's instructions; if the person collapses and is not breathing "
        "normally, start CPR."
    ),
    "cardiac_arrest": (
        "Call {emergency} right now and put the phone on speaker. "
        "If the person is not breathing normally, start CPR: push hard and fast in the centre of "
        "the chest, about 2 pushes a second, and don't stop. "
        "Send someone to fetch a defibrillator (AED) if there is one nearby."
    ),
    "breathing": (
        "Severe difficulty breathing is an emergency. Call {emergency} right now. "
        "Sit upright, loosen tight clothing, and use a prescribed reliever inhaler if you have "
        "one while you wait."
    ),
    CHILD_BREATHING: (
        "A baby or young child who is struggling to breathe, breathing very fast, pulling in under the ribs, or "
        "going blue or grey around the lips needs help now. Call {emergency} right now. Hold them upright, or let "
        "them stay in the position they find easiest, and keep them calm; give nothing to eat or drink. If they "
        "have a prescribed reliever inhaler with a spacer, give it as their doctor showed you. If something may be "
        "stuck in their throat and they cannot cough, cry or breathe, give up to 5 firm back blows, then 5 chest "
        "thrusts for a baby under 1 (abdominal thrusts for an older child), and repeat. If they stop breathing or "
        "go floppy and do not respond, start CPR for a baby or child: the call handler will talk you through it."
    ),
    CHILD_POISONING: (
        "A baby or young child who may have swallowed a medicine, a cleaning product or anything else poisonous "
        "needs help now. Call {emergency} right now, especially if they are drowsy, hard to wake, struggling to "
        "breathe, having a seizure, or their mouth or lips look burned.{poison} Do not make them vomit. Take out "
        "anything left in their mouth and give nothing to eat or drink unless you are told to. Keep the packet or "
        "bottle to show the paramedics. If they will not wake, put them on their side; if they are not breathing "
        "normally, start CPR for a baby or child: the call handler will talk you through it. If it may have been a "
        "strong painkiller, methadone or another opioid and you have naloxone (Narcan), give it."
    ),
    "anaphylaxis": (
        "This could be a severe allergic reaction (anaphylaxis). "
        "Use an adrenaline auto-injector (EpiPen) now if there is one, then call {emergency} "
        "right now, even if symptoms improve. An antihistamine such as Benadryl is not enough on its own. "
        "Lie down with legs raised, or sit up if breathing is hard, and do not stand up or walk, even "
        "if you feel better; keep a child still on your lap or lying down. "
        "A second injector can be given after 5 minutes if there is no improvement."
    ),
    "suicide_self_harm": (
        "I'm really sorry you're going through this, and you don't have to face it alone. "
        "Please reach out right now: you can contact {crisis}, any time. "
        "If you are in immediate danger, have taken pills or anything else, or have hurt yourself, call "
        "{emergency} now, even if you feel all right; if you are bleeding, "
        "press firmly on the cut with a clean cloth. "
        "If you can, stay with someone you trust and keep away from anything you could use to "
        "harm yourself."
    ),
    "overdose_poisoning": (
        "This could be a poisoning or overdose. Call {emergency} right now, especially if the "
        "person is drowsy, unconscious, struggling to breathe or having a seizure.{poison} "
        "Do not make them vomit. Keep the packet or bottle to show the paramedics. If they will not wake, "
        "put them on their side; if they are not breathing normally, start CPR. If it may be an opioid (a strong "
        "painkiller, heroin or methadone) and you have naloxone (Narcan), give it.{crisis_if}"
    ),
    "severe_bleeding": (
        "Call {emergency} right now. "
        "Press firmly on the wound with a clean cloth or bandage and keep pressing without "
        "lifting it. If blood soaks through, add more cloth on top. If something is stuck in the wound, "
        "leave it in and press around it. If blood is spurting from an arm or leg and pressure does not "
        "stop it, use a tourniquet if you have one. Keep the person lying down and warm."
    ),
    # The words of "severe_bleeding" where the wound advice is wrong (keys of _WORDINGS, never categories):
    # blood vomited, coughed up or filling the mouth (lying flat risks choking on it) ...
    MOUTH_BLEEDING: _MOUTH_FIRST_AID,
    # ... the same where a tooth is told, with what stops a socket's bleeding (not for blood vomited: session 47's
    # blind review RRR read the tooth's sentence under "throwing up blood and my stool is black") ...
    TOOTH_SOCKET_BLEEDING: (
        _MOUTH_FIRST_AID + " Where a tooth was taken out, bite firmly on a rolled-up clean gauze or cloth over the gap."
    ),
    # ... heavy bleeding in pregnancy or after a birth (no wound to press on) ...
    PREGNANCY_BLEEDING: (
        "Heavy bleeding in pregnancy or after giving birth is an emergency: call {emergency} now. "
        "Lie down and keep warm. Use pads, and put nothing inside the vagina; keep the used pads to "
        "show the paramedics."
    ),
    # ... blood passed from the bowel ...
    BOWEL_BLEEDING: (
        "Passing a lot of blood from the bottom, or black tarry stools with dizziness, is an emergency: call "
        "{emergency} now. Lie down and keep warm, raise the legs if the person feels faint, and give nothing "
        "to eat or drink."
    ),
    # ... and a nosebleed (first aid: sit up, lean forward, pinch).
    NOSEBLEED: (
        "A nosebleed that will not stop, or is very heavy, needs emergency care: call {emergency} or go "
        "to an emergency department now. Meanwhile sit up and lean forward (do not lie down or tip the "
        "head back), and pinch the soft part of the nose, just above the nostrils, firmly for 10 to 15 "
        "minutes without letting go, breathing through the mouth. Spit blood out rather than "
        "swallowing it. Tell the call handler if it started after a blow to the head, or if the person "
        "takes a blood thinner."
    ),
    # Carbon monoxide or fumes: out into fresh air first ("overdose_poisoning" speaks of swallowed poison).
    FUMES: (
        "This could be poisoning by carbon monoxide, which has no smell, or by other fumes. Get everyone out "
        "into fresh air now and leave the door open. Turn off the appliance only if it is safe to, and do not go "
        "back in. Then call {emergency}, especially if anyone is drowsy, confused, "
        "vomiting or has collapsed; if someone is not breathing normally, start CPR once you are out.{poison}"
    ),
    # A button battery or magnets swallowed: the child often seems well, and waiting is the danger.
    BATTERY: (
        "A swallowed button battery or magnet can burn or tear the inside of the throat or gut within hours, "
        "even while the child seems well and is playing: go to an emergency department now, and do not wait "
        "for it to pass. Call {emergency} if they are struggling to breathe, drooling, cannot swallow, vomit "
        "blood, or have chest or belly pain.{poison} Do not make them vomit, and give nothing to eat or drink "
        "unless the emergency team or poison line tells you to. Take the battery's packet, or a battery like "
        "it, with you."
    ),
    # A button battery in a nose or an ear (session 46's held-out round BW): out at the hospital, not with tweezers.
    BATTERY_LODGED: (
        "A button battery pushed into a nose or an ear can burn through the lining within hours, even while the child "
        "seems well: go to an emergency department now. Do not try to get it out with tweezers, a cotton bud or "
        "anything else, and do not put drops in the nose or ear. Call {emergency} if they are struggling to breathe, "
        "or if the battery may have been swallowed or breathed in. Take the battery's packet, or a battery like it, "
        "with you."
    ),
    # Something breathed in that went down into the lungs, the person still able to talk or cough: no back blows while
    # they can (session 47's held-out round CB: a Lego piece, wheezing, lips going dusky, "he can talk but only a couple
    # of words")
    INHALED_OBJECT: (
        "Something breathed into the airway is an emergency even when the person can still talk: call {emergency} "
        "now. While they can cough, speak or cry, let them keep coughing and keep them sitting up; do not slap their "
        "back, and do not put your fingers in their mouth. If they stop being able to cough, speak or breathe, give up "
        "to 5 firm back blows between the shoulder blades, then up to 5 abdominal thrusts (for a baby under 1: 5 back "
        "blows then 5 chest thrusts, never abdominal thrusts), and start CPR if they become unresponsive."
    ),
    # Smoke, soot or a flash to the face: the airway may be burnt and swell over the next hours (the same round: soot
    # round the mouth and a hoarse voice out of a house fire; a flash from a cigarette lit on home oxygen)
    SMOKE_AIRWAY: (
        "Soot around the mouth or nose, a hoarse or croaky voice, coughing black phlegm, or burns to the face after a "
        "fire or a flash mean the airway may be burnt and can swell shut over the next hours: call {emergency} now, "
        "even if the breathing seems all right. Keep the person sitting up in fresh air, away from the smoke, and turn "
        "off any oxygen. Cool burnt skin under cool running water for 20 minutes, then cover it loosely with cling "
        "film or a clean plastic bag; put no creams on it."
    ),
    # A jaw gone stiff with spasms after a wound (session 47's held-out round CD: a nail stood on ten days before, no
    # tetanus jab)
    TETANUS: (
        "A stiff jaw that will not open, or painful spasms of the neck, back or belly, days after a wound can be "
        "tetanus, which needs hospital treatment now: call {emergency} or go to an emergency department now. Say when "
        "and how the wound happened and whether the tetanus jab is up to date. Keep the person in a quiet, dim room "
        "while you wait."
    ),
    # One extra dose of a medicine taken by mistake: advice now, the emergency number for signs of poisoning.
    EXTRA_DOSE: (
        "Call {emergency} right now if the person is very drowsy or hard to wake, struggling to breathe, has chest "
        "pain, a racing or irregular heartbeat, or a seizure. Otherwise, an extra dose taken by mistake needs advice "
        "now, not tomorrow: a pharmacist, your doctor's or the out-of-hours line, or the poison line can say "
        "whether it needs care and when to take the next dose.{poison} Do not take the next dose until you have "
        "asked, and do not make yourself vomit."
    ),
    "seizure": (
        "Call {emergency} right now: a seizure lasting more than 5 minutes, repeated seizures, "
        "or a first seizure needs emergency help. "
        "Move hard objects away and cushion the head. "
        "Do not hold them down or put anything in their mouth. "
        "When the shaking stops, turn them on their side."
    ),
    "unconscious": (
        "Call {emergency} right now. Check whether the person is breathing. "
        "If they are breathing, turn them on their side (recovery position) and stay with them. "
        "If they are not breathing normally, start CPR and follow the call handler's "
        "instructions."
    ),
    "infant_not_breathing": (
        "Call {emergency} right now and put the phone on speaker. "
        "Lay the baby on their back on a firm surface. "
        "If they are not breathing normally, start infant CPR: the call handler will talk you "
        "through it."
    ),
    "newborn_jaundice": (
        "A baby with jaundice (yellow skin or eyes) who is very sleepy or hard to wake, floppy, not feeding, has "
        "a high-pitched cry or a fit needs to be seen now: call {emergency} or go to an emergency department. A "
        "very high level of jaundice can harm a baby's brain, and treatment works best when it is started early. "
        "Jaundice that lasts more than 2 weeks (3 weeks in a baby born early), or pale, chalky poo or dark yellow "
        "pee, needs a doctor or midwife to check the baby within a day, even when the baby seems well."
    ),
    "choking": (
        "If the person cannot cough, speak or breathe, call {emergency} right now. "
        "Give up to 5 firm back blows between the shoulder blades, then up to 5 abdominal "
        "thrusts (for a baby under 1: 5 back blows then 5 chest thrusts, never abdominal "
        "thrusts). Repeat until the object comes out or help arrives. "
        "If they become unresponsive, start CPR."
    ),
    "severe_burn": (
        "Call {emergency} right now for a serious burn. "
        "Cool the burn under cool or lukewarm running water for 20 minutes. "
        "Remove clothing or jewellery near the burn unless it is stuck to the skin. "
        "Cover it loosely with cling film or a clean plastic bag. "
        "Do not use ice, creams or butter."
    ),
    # A chemical burn or a chemical in the eye (no cling film on an eye; rinse long, protect yourself).
    CHEMICAL_BURN: (
        "Call {emergency} right now for a chemical burn. Protect your own hands. Brush off any powder, take "
        "off soaked clothing, and rinse the skin with plenty of running water for at least 20 minutes. For "
        "an eye, hold it open under gently running water for at least 20 minutes, and do not rub it.{poison}"
    ),
    "head_injury": (
        "A head injury with confusion, vomiting, drowsiness, a seizure or loss of consciousness "
        "needs emergency care. Call {emergency} right now. "
        "Keep the person still, especially if the neck may be hurt, and do not give them "
        "anything to eat or drink."
    ),
    "fall_injury": (
        "Someone who has fallen and cannot get up, cannot stand or put weight on a leg, has bad pain in the hip, "
        "back or neck, or has been on the floor for a long time needs help now: call {emergency}. Do not lift them "
        "or make them stand; keep them warm with a blanket or coat where they lie, and stay with them. Tell the call "
        "handler if they hit their head, take a blood thinner, or are drowsy, confused or vomiting."
    ),
    "pregnancy_emergency": (
        "In pregnancy or the weeks after a birth, a severe headache with blurred or flashing vision "
        "or a swollen face and hands, one-sided belly pain or shoulder-tip pain in early pregnancy, "
        "fainting, heavy bleeding, fewer baby movements than usual, or waters breaking before 37 weeks "
        "can be an emergency (such as pre-eclampsia, an ectopic pregnancy or bleeding). Call {emergency} "
        "or your maternity unit's emergency line now."
    ),
    "sudden_severe_pain": (
        "Sudden severe pain like this (a belly that is hard and very painful, a painful swollen testicle, "
        "a sudden worst-ever headache or a tearing pain in the back) can need emergency treatment or "
        "surgery. Call {emergency} now rather than travelling on your own, and do not eat or drink until "
        "you have been seen."
    ),
    "diabetic_emergency": (
        "In someone with diabetes, shaking, sweating, confusion, slurred words or a low meter reading can "
        "mean dangerously low blood sugar. If they are awake and can swallow, give a sugary drink, glucose "
        "tablets or sweets now. If they are too drowsy to swallow safely, cannot be woken or have a "
        "seizure, or are not better within 15 minutes, call {emergency} now: put nothing in their mouth, "
        "turn them on their side, and use a glucagon kit if they have one. Vomiting with deep or fast "
        "breathing, a fruity or nail-polish smell on the breath, or a meter that reads HI can mean "
        "dangerously high blood sugar (ketoacidosis): call {emergency} or go to an emergency department "
        "now; do not wait to see if extra insulin works."
    ),
    # a high sugar told by its signs, and no low: the high's call first, the low's first aid last (session 38)
    KETOACIDOSIS: (
        "In someone with diabetes, vomiting, deep or fast breathing, a fruity or nail-polish smell on the breath, high "
        "ketones or a meter that reads HI can mean dangerously high blood sugar (ketoacidosis): call {emergency} or go "
        "to an emergency department now; do not wait to see if extra insulin works. If they are very drowsy or cannot "
        "be woken, turn them on their side and put nothing in their mouth. On a tablet such as empagliflozin "
        "(Jardiance) or dapagliflozin (Forxiga), this can happen with a normal sugar reading. If the meter reads low "
        "instead, and they are awake and can swallow, give a sugary drink, glucose tablets or sweets."
    ),
    # a limb gone cold, white and numb: its blood supply is blocked (session 38's held-out round AL)
    COLD_LIMB: (
        "A leg or arm that suddenly turns cold, white, pale or blue and is painful, numb or hard to move may have lost "
        "its blood supply (a blocked artery), which needs treatment within hours to save it: call {emergency} now. Do "
        "not rub, massage or warm it, and keep it level or a little lower than the body. Tell the call handler about "
        "an irregular heartbeat and any blood thinner taken or stopped."
    ),
    # faints with a very slow pulse: the heart's rhythm, not a faint to sleep off (session 38's held-out round AL)
    SLOW_PULSE: (
        "Fainting with a very slow pulse (under 40 a minute), or fainting again and again with no warning, can mean "
        "the heart's rhythm is failing or a heart medicine is too strong: call {emergency} now, even if the person "
        "says they feel fine between faints. Keep them lying down, with their legs raised if they feel faint, and do "
        "not let them walk about. If they become unresponsive and are not breathing normally, start CPR. Have their "
        "medicines ready to show."
    ),
    # fluid on the lungs in a weak heart: upright, no reliever inhaler (session 38's blind review PP)
    FLUID_ON_LUNGS: (
        "Breathlessness that is much worse lying down, with a bubbling chest or pink frothy spit, in someone with "
        "heart failure or a weak heart can mean fluid on the lungs: call {emergency} now. Sit them upright, with "
        "their legs down if they can, loosen tight clothing and stay with them. If they stop breathing normally, "
        "start CPR."
    ),
    # an erection that will not go down (session 38's held-out round AN)
    PRIAPISM: (
        "An erection that has lasted more than 4 hours, or is painful and will not go down, needs emergency "
        "treatment now to prevent lasting damage: go to an emergency department at once, or call {emergency} if you "
        "cannot get there quickly. Do not wait to see if it settles, and say which medicines or drugs were taken."
    ),
    # a foreskin stuck back behind the head and swelling (session 38's held-out round AN)
    FORESKIN: (
        "A foreskin that is stuck pulled back behind the head of the penis and is swelling, or the head is turning "
        "dark or purple, needs emergency care now: go to an emergency department at once, or call {emergency} if you "
        "cannot get there quickly. A cold pack wrapped in a cloth may ease the swelling on the way; do not force it."
    ),
    # Session 39 (held-out round AO and blind review QQ: cancer, dialysis, transplants, sickle cell): a fever during
    # cancer treatment had the meningitis message ("A rash that does not fade ..."), a spinal cord squeezed by a cancer
    # had the one for a fall, a dive or a crash; the others had no words of their own.
    LOW_IMMUNITY_FEVER: (
        "A temperature of 38 C (100.4 F) or more, shivering or shaking, or suddenly feeling very unwell during "
        "chemotherapy, after a transplant, without a spleen, with a central line (PICC, port) or on medicines that "
        "weaken the immune system can be a serious infection (sepsis) that needs antibiotics within the hour. Call the "
        "treatment team's 24-hour line now if there is one; if you cannot reach them, or the person is confused, "
        "breathless, very drowsy or cold and clammy, call {emergency} or go to the emergency department now. Do not "
        "wait to see if it settles."
    ),
    CORD_SQUEEZED: (
        "New weakness, heaviness or numbness in the legs, trouble passing urine or holding it, or numbness between "
        "the legs, with back pain, can mean the spinal cord or its nerves are being squeezed, for example by a cancer "
        "that has reached the spine. It needs emergency treatment within hours to save the use of the legs: call "
        "{emergency} or go to the emergency department now, and say if the person has or has had cancer. Do not wait "
        "for a routine appointment. Lie flat if moving makes the back pain worse."
    ),
    TUMOUR_LYSIS: (
        "Passing very little urine, muscle cramps or twitching, or a fluttering or irregular heartbeat in the first "
        "days of cancer treatment can mean the salts released by dying cancer cells are harming the heart and kidneys "
        "(tumour lysis). Call {emergency} now, and say when the treatment started; tell the cancer team's 24-hour "
        "line too. Do not drive yourself. If the person collapses and is not breathing normally, start CPR."
    ),
    IMMUNE_COLITIS: (
        "Diarrhoea many times a day, blood in it, or bad tummy pain during immunotherapy (such as Keytruda, Opdivo or "
        "Yervoy) can be an inflammation of the bowel that needs treatment today. Call the cancer team's 24-hour line "
        "now, even at night or at the weekend; if you cannot reach them, or you feel faint, dizzy on standing or very "
        "unwell, call {emergency} or go to the emergency department. Do not take loperamide (Imodium) unless they tell "
        "you to, and drink fluids while you wait."
    ),
    HIGH_CALCIUM: (
        "New confusion or drowsiness, with great thirst, passing a lot of urine, being sick or constipation, in "
        "someone with myeloma or a cancer that has reached the bones, or a calcium known to be high, can mean the "
        "calcium in the blood is dangerously high. Call {emergency} now and say that the person has cancer and may "
        "have a high calcium. If they are awake and can swallow, give sips of water while you wait. If they do not "
        "respond, lay them on their side and check their breathing."
    ),
    BLOCKED_CHEST_VEIN: (
        "A face, neck or arm that is swelling, with breathlessness, swollen veins on the neck or chest, or breathing "
        "worse when lying down, in someone with a cancer in the chest, can mean a large vein in the chest is blocked. "
        "Call {emergency} now, or go to the emergency department, and say the person has cancer. Sit them upright and "
        "do not let them lie flat; loosen tight clothing, collars and jewellery."
    ),
    SICKLE_SPLEEN: (
        "A child with sickle cell disease who suddenly goes pale or grey, floppy or unusually tired, with a swelling "
        "or pain in the left side of the tummy, may have blood pooling in the spleen, which can become "
        "life-threatening within hours. Call {emergency} or go straight to the emergency department now; do not wait "
        "for the clinic or for painkillers to work. Say that the child has sickle cell disease."
    ),
    # session 39's held-out round AQ (pregnancy, birth and after): bleeding inside after an operation had "Press firmly
    # on the wound"; sepsis after a birth or a miscarriage the meningitis message; a birth now and a cord come out the
    # general pregnancy one (a cord had a baby's CPR)
    # session 39's blind review SS: altitude sickness had no alarm (in the lungs) or the generic one
    ALTITUDE_SICKNESS: (
        "At high altitude, breathlessness even at rest, a cough with pink frothy spit, confusion, stumbling, or a "
        "severe headache with vomiting can be altitude sickness in the lungs or the brain, which can kill within "
        "hours. Go down now, at least 300 to 1,000 metres (1,000 to 3,000 feet), with someone, even at night, and do "
        "not go higher. Call {emergency} or the local mountain rescue. Give oxygen if there is any, and keep them "
        "warm."
    ),
    # session 39's blind review TT (muscles, bones, joints): a crushed leg swelling tight was answered with a page on
    # swollen ankles; urine like cola after a spin class had no alarm; a tearing back pain had "This could be a heart
    # attack" only
    COMPARTMENT: (
        "A crushed or broken arm or leg that swells tight and hard, with pain getting worse despite painkillers, pain "
        "when the fingers or toes are moved, or tingling or numbness, can mean the pressure inside the muscles is "
        "cutting off their blood. It needs an operation within hours: go to the emergency department now, or call "
        "{emergency}. Loosen or remove anything tight, and keep the limb level, not raised high."
    ),
    MUSCLE_BREAKDOWN: (
        "Very painful, swollen or weak muscles with dark brown or cola-coloured urine, after hard exercise, a crush, a "
        "long time lying on the floor or a new medicine, can mean muscle breaking down, which can harm the kidneys. Go "
        "to the emergency department now, or call {emergency} if the person is confused, very weak or passing little "
        "urine. Drink water on the way, and do no more exercise."
    ),
    AORTA: (
        "A sudden severe tearing or ripping pain in the chest, back or belly can be a tear in the body's main artery "
        "(the aorta) as well as a heart attack. Call {emergency} right now. Lay the person down, keep them still and "
        "calm, and give nothing to eat or drink. If they collapse and are not breathing normally, start CPR."
    ),
    # session 40's held-out round AS (mouth, throat, face): a tooth's abscess spreading under the chin with the
    # saliva not going down had the stroke message, a food bolus no alarm, an infection behind the eye the stroke one
    THROAT_INFECTION: (
        "A swelling of the throat, under the tongue or chin, or in the neck with a fever, that stops saliva going down "
        "(drooling or spitting it out), or with a muffled voice, noisy breathing or a mouth that will not open, can "
        "close the airway within hours. Call {emergency} or go to the emergency department now. Keep the person "
        "sitting up and leaning forward as they find easiest; do not make them lie down, look down their throat or "
        "give anything to eat or drink."
    ),
    FOOD_STUCK: (
        "Food stuck in the food pipe so that even saliva will not go down needs the emergency department now, within "
        "hours, to have it taken out: it can damage the food pipe, and the saliva can spill into the lungs. Go now and "
        "do not wait for it to pass; do not try to force it down with fizzy drinks, bread or more food, or make "
        "yourself sick. If breathing becomes hard or the person cannot speak or cough, call {emergency}: that is "
        "choking."
    ),
    # session 40's held-out round AV (rare and genetic conditions)
    HAE_AIRWAY: (
        "In hereditary angioedema, a swelling of the throat, tongue or voice box (a hoarse or muffled voice, trouble "
        "swallowing saliva or breathing) can close the airway, even after the home treatment: call {emergency} now "
        "and say \"hereditary angioedema\". If no dose has been given, give it now as the plan says, and take the "
        "medicine and the emergency letter. Adrenaline (EpiPen) and antihistamines do not work for this swelling, "
        "though they do no harm if it could be an allergy."
    ),
    METABOLIC_CRISIS: (
        "In an inherited metabolic disorder (such as MCAD deficiency or a urea cycle disorder), vomiting that stops "
        "the sick-day drink staying down, or new drowsiness, confusion or strange behaviour, is a metabolic crisis: go "
        "to the emergency department now with the emergency letter, or call {emergency} if they are hard to wake or "
        "fitting. They need sugar into a vein within the hour; do not wait to try the drink again."
    ),
    RHYTHM_FAINT: (
        "A faint, a collapse or a fit in someone with long QT, Brugada or another inherited heart rhythm condition can "
        "be a dangerous heart rhythm, even if they seem fine afterwards: call {emergency} now. If they collapse and "
        "are not breathing normally, start CPR and use a defibrillator (AED) if there is one. With Brugada, bring a "
        "fever down with paracetamol. Have their medicines and the condition's alert card ready to show."
    ),
    WEAKNESS_SPREADING: (
        "Weakness that is spreading to the arms, neck, chest or swallowing, a breath that is hard to take, or a heart "
        "that flutters or skips, in periodic paralysis or myasthenia gravis, needs {emergency} now: the breathing "
        "muscles or the heart rhythm can fail. Sit the person up, give no more doses than their plan says, and bring "
        "their medicines and emergency letter."
    ),
    NECK_CORD: (
        "Neck pain or a tilted head with new unsteady walking, clumsy, tingling or weak hands, or wetting, can mean "
        "the spinal cord is being squeezed at the top of the neck (a risk in Down syndrome and after a neck injury): "
        "go to the emergency department now, or call {emergency}, and keep the neck as still as you can. Do not "
        "massage, stretch or manipulate the neck."
    ),
    HEAVY_PERIOD: (
        "Bleeding from the vagina that soaks a pad or tampon in an hour or less, hour after hour, with large clots, "
        "fainting or dizziness, needs the emergency department now, or {emergency} if the person has fainted or is "
        "alone. Say if there is a bleeding disorder (such as von Willebrand disease) and bring the emergency letter "
        "and medicines. Lie down with the legs raised while waiting."
    ),
    LOW_CALCIUM: (
        "Hands or feet cramping into claws, twitching of the face, tingling round the mouth, or a squeaky noise when "
        "breathing in, in someone with a low calcium (hypoparathyroidism, or after thyroid or neck surgery), can mean "
        "the calcium is dangerously low and the voice box can go into spasm: call {emergency} now. If they can "
        "swallow safely, give their calcium tablets now; they will need calcium into a vein."
    ),
    MALIGNANT_HYPERTHERMIA: (
        "A high temperature with stiff or rigid muscles, a racing heart, fast breathing or urine like cola within a "
        "day of a general anaesthetic can be malignant hyperthermia: call {emergency} now and say \"general "
        "anaesthetic today, possible malignant hyperthermia\". Cool the person with cool wet cloths and a fan while "
        "you wait. It needs a medicine (dantrolene) in hospital; tell the family, as it can run in families."
    ),
    JOINT_INFECTION: (
        "A fever with a joint that is very painful, hot or swollen, or a child who suddenly will not walk, put weight "
        "on a leg or let anyone move it, can be an infection in the joint or the bone, which can damage it within "
        "hours: go to the emergency department now, not to the next doctor's appointment, or call {emergency} if they "
        "are drowsy, floppy, confused or very unwell. Paracetamol or ibuprofen for the pain is fine on the way."
    ),
    OPEN_FRACTURE: (
        "A bone through the skin (an open fracture) needs hospital care now: call {emergency} right now. Do not push "
        "the bone back in or straighten the limb. Press firmly around the wound with a clean cloth, not on the bone, "
        "and cover the wound with a clean dressing or cloth. Keep the limb still, supported as it lies, keep the "
        "person lying down and warm, and give nothing to eat or drink. If blood is spurting and pressing around the "
        "wound does not stop it, use a tourniquet above the wound if you have one."
    ),
    # A collapse in a pit, tank, silo or sewer: whoever goes in after them collapses too (session 42's held-out round).
    CLOSED_SPACE: (
        "Do not go in after them: the gas, or the lack of air, that made them collapse can make you collapse within "
        "seconds too. Call {emergency} right now and say someone has collapsed in a pit, tank, silo, sewer or other "
        "closed space: the fire and rescue service has breathing equipment. Keep everyone else out and away from the "
        "opening, and open hatches or doors or run fans only from outside. If they are on a rescue line, pull them out "
        "from outside; once they are out in fresh air, if they are not breathing normally, start CPR.{poison}"
    ),
    # An object driven into the eye (grinding, hammering): it can be inside the eye.
    EYE_INJURY: (
        "Something that hit the eye hard or is stuck in it (metal from grinding or hammering, glass, wood) can go "
        "inside the eye and threaten the sight: go to an emergency department or an eye casualty now, or call "
        "{emergency} if the eye is cut or bleeding or the sight is badly lost. Do not rub or press on the eye and do "
        "not try to take out anything stuck in it. Cover it loosely with a clean pad, or tape a paper cup over it, "
        "without pressing, and try to keep both eyes still. Give nothing to eat or drink in case an operation is "
        "needed. For a chemical in the eye, rinse it under running water for at least 15 minutes first."
    ),
    # A part of the body cut off: the bleeding first, then the part kept cold and dry for the surgeons.
    AMPUTATION: (
        "Call {emergency} right now. Press hard on the wound with a clean cloth or dressing and keep pressing, and "
        "raise the hand or limb above the heart; if blood is spurting and pressing does not stop it, use a tourniquet "
        "above the wound if you have one. Keep the part that came off: wrap it in clean damp gauze or cloth, put it "
        "in a clean plastic bag, seal it, and put that bag in another bag or box with ice and water, so the part "
        "does not touch the ice. Do not wash it or put it straight on ice, and send it with the person. Keep them "
        "lying down and warm, and give nothing to eat or drink."
    ),
    # Dengue's warning signs, often as the fever goes (session 42's held-out round BC).
    SEVERE_DENGUE: (
        "In dengue, bad belly pain, vomiting again and again, bleeding gums or nose, blood in vomit or stools, cold "
        "clammy skin, dizziness, drowsiness or restlessness are warning signs of severe dengue, which often come as "
        "the fever goes down and need hospital care now: go to an emergency department now, or call {emergency} if "
        "they are faint, drowsy or cold and clammy. Give sips of fluid if they can keep it down. For fever or pain use "
        "paracetamol only: no ibuprofen, aspirin or other anti-inflammatories, which make bleeding worse."
    ),
    # Strangled or choked by a person (session 45's held-out round BS): the neck's arteries and the throat, not an
    # object to cough up.
    STRANGLED: (
        "Being strangled or choked by someone (hands, an arm or a cord round the neck) can injure the throat and the "
        "arteries of the neck even when the marks are small, and the throat can swell or a stroke can follow hours or "
        "days later. With a changed or croaky voice, pain or trouble swallowing, a swelling neck, noisy or hard "
        "breathing, having passed out, a headache, confusion, drowsiness, or weakness, numbness or changes in sight, "
        "call {emergency} now. Sit upright if breathing is hard, and tell the call handler and the hospital staff that "
        "you were strangled, and whether you are safe where you are."
    ),
    # A belly or side kicked or punched, then faintness: bleeding inside (session 45's held-out round BS).
    BLOW_BLEEDING: (
        "Pain in the belly, side or back after a kick, a punch or a fall that is getting worse, with feeling faint or "
        "dizzy on standing, looking pale or grey, sweating or a racing heart, can be bleeding inside (from the spleen, "
        "the liver or a kidney), which needs a hospital now. Call {emergency} now. Lie down, with the legs raised if "
        "you feel faint, keep warm, and eat and drink nothing. Do not drive yourself."
    ),
    LIVER_FAILING: (
        "Yellow skin or eyes getting worse, with new confusion, drowsiness, mumbling, a swollen belly, a fever or "
        "vomiting blood, in someone with liver disease (such as cirrhosis) can mean the liver is failing, an infection "
        "or a bleed: call {emergency} or go to an emergency department now. Say that they have liver disease and take "
        "their medicines with you; give no sleeping tablets, alcohol or painkillers such as ibuprofen."
    ),
    PORPHYRIA_ATTACK: (
        "Bad belly pain with vomiting, dark red or brown urine, confusion, weakness or a seizure in someone with acute "
        "porphyria can be an attack that needs hospital treatment today (haem given into a vein, and sugar): go to "
        "the emergency department now, or call {emergency} if they are confused, very weak, having a seizure or "
        "struggling to breathe. Say that they have acute porphyria and take every medicine they have started "
        "lately; give no painkiller or other medicine that is not known to be safe in porphyria."
    ),
    RED_CELLS_BREAKING: (
        "In G6PD deficiency, sudden paleness, yellow eyes or skin, urine as dark as cola, fast breathing or a racing "
        "heart after broad beans, a new medicine or an infection means the red blood cells are breaking down fast: go "
        "to the emergency department now, or call {emergency} if they are drowsy, breathless or hard to wake. Bring "
        "the food or medicine, and give no more of it."
    ),
    # session 40's held-out round AU: a lip or nose filler blocking an artery had no alarm
    FILLER_OCCLUSION: (
        "After a filler injection, sight that blurs, darkens or goes needs {emergency} now: the filler can block the "
        "eye's artery. Skin that goes white, then dusky, blotchy or lacy purple or grey, with pain, can mean the "
        "filler is blocking an artery of the skin, which can die within hours: contact the person who injected it now "
        "for the dissolving injection (hyaluronidase), and if you cannot reach them, go to an emergency department "
        "now."
    ),
    TRACHEOSTOMY: (
        "A tracheostomy tube that has come out or is blocked and cannot be cleared or put back is an emergency: call "
        "{emergency} now and say \"tracheostomy\". Follow the person's emergency tracheostomy plan: suction or change "
        "the tube, and if the new one will not go in, try the spare one size smaller. Give oxygen to the hole (and the "
        "face) if you have it. If they stop breathing, start CPR, giving breaths to the tracheostomy hole, or as their "
        "plan says."
    ),
    EYE_SOCKET: (
        "An eyelid swollen red, or almost shut, with an eye that bulges or pushes out, pain when the eye moves, "
        "double or blurred vision, or a fever, can be an infection behind the eye, which can take the sight and "
        "spread to the brain. Go to the emergency department now, or call {emergency} if the person is drowsy or "
        "confused; do not wait for a routine appointment or for antibiotics to work."
    ),
    BLEEDING_INSIDE: (
        "Going pale, cold and clammy, feeling faint or nearly collapsing, a racing pulse, or a belly swelling and "
        "tight after an operation or a birth can mean bleeding inside, even when no blood is seen. Call {emergency} "
        "now and say what operation it was and when. Lay the person flat, raise their legs if they feel faint, keep "
        "them warm, and give nothing to eat or drink."
    ),
    SEPSIS_AFTER_BIRTH: (
        "A high temperature, shivering or shaking, a racing heart, feeling confused or very unwell, tummy pain or a "
        "discharge that smells bad in the weeks after a birth, a miscarriage, an abortion or an operation on the womb, "
        "or with a breast that is red, hot and swollen, can be sepsis, which needs antibiotics within the hour: call "
        "{emergency} or go to the emergency department now, and say what happened and when. A baby under 3 months with "
        "a fever needs to be seen now too."
    ),
    BIRTH_NOW: (
        "A baby that is coming now (an urge to push that cannot be stopped, or the head showing): call {emergency} now "
        "and do not set off by car. Lie or kneel somewhere warm with clean towels; let the baby come and do not pull. "
        "Once the baby is born, dry them, lay them skin to skin on the mother's chest and cover you both; leave the "
        "cord attached. If the baby does not breathe or cry, the call handler will talk you through what to do."
    ),
    CORD_OUT: (
        "If the cord has come out ahead of the baby, the baby's oxygen can be cut off: call {emergency} now. Get on "
        "your knees and elbows with your bottom raised higher than your head, or lie on your side with your hips "
        "raised on a pillow. Do not push the cord back in or squeeze it; cover it with a clean, damp, warm towel."
    ),
    # an antidepressant and a second serotonin medicine: no naloxone, stop the new one (session 38's blind review OO:
    # "tramadol plus fluoxetine ... jerking ... 39.5" got "If you have naloxone (Narcan), give it")
    SEROTONIN: (
        "A high temperature, heavy sweating, twitching or jerking muscles, shaking, agitation, diarrhoea or a racing "
        "heart after starting or adding a medicine (such as tramadol, a triptan, St John's wort or another "
        "antidepressant) in someone who takes an antidepressant can be serotonin toxicity: call {emergency} now. "
        "Take no more of either medicine until a doctor has seen them, and take the packets with you. Keep them cool "
        "and calm while you wait.{poison}"
    ),
    # lithium building up to a poisonous level (session 38's held-out round AM)
    LITHIUM: (
        "Feeling drunk without drinking, unsteadiness, a worse or coarse tremor, slurred words, confusion, or being "
        "sick or having diarrhoea, in someone who takes lithium, can mean the lithium has built up to a poisonous "
        "level, especially with a stomach bug, not drinking enough, or a new medicine such as ibuprofen or a water "
        "tablet: go to an emergency department now for a lithium blood test, and call {emergency} if they are very "
        "drowsy, confused or have a fit. Take no more lithium until a doctor has checked the level, and take the "
        "packet with you."
    ),
    # alcohol withdrawal: seeing things, shaking, confusion after stopping (session 38's held-out round AM)
    WITHDRAWAL: (
        "Stopping heavy drinking suddenly, or a tranquilliser or sleeping pill such as diazepam or lorazepam taken for "
        "a long time, can cause dangerous withdrawal: shaking, heavy sweating, a racing heart, "
        "seeing or hearing things that are not there, not knowing where they are, or fits need emergency treatment in "
        "hospital. Call {emergency} now. Stay with them, keep them somewhere calm and lit, and if they have a fit, "
        "move hard things away and turn them on their side when the shaking stops."
    ),
    # not eating or drinking for days, with no point in going on (session 38's held-out round AM)
    NOT_DRINKING: (
        "Someone who has drunk almost nothing for two days or more, or who has become confused or very weak, needs "
        "to be seen in hospital today: call {emergency} if they are drowsy, confused, cannot stand or have hardly "
        "passed urine. If they say there is no point or talk of not wanting to live, do not leave them alone, and "
        "you can also contact {crisis}."
    ),
    # fainting or a slow, jumpy pulse in someone starving themself (session 38's held-out round AM)
    EATING_DISORDER: (
        "Fainting, a very slow or irregular pulse, chest pain, or cold blue hands and feet in someone who has been "
        "restricting food or losing a lot of weight can mean their heart is under dangerous strain: call {emergency} "
        "or go to an emergency department now, even if they say they are fine. Keep them lying down and warm, and do "
        "not let them exercise. Tell their eating-disorder team what happened."
    ),
    # a cord taken off someone's neck: the neck can swell hours later (session 38's held-out round AM)
    LIGATURE: (
        "Someone who has had a cord, belt or anything else round their neck needs to be checked in an emergency "
        "department now, even if they are talking and seem well: the neck can swell, and the brain can be harmed, "
        "hours later. Call {emergency} now if they are drowsy, confused, struggling to breathe, or their voice or "
        "swallowing is changing. Stay with them, take away anything they could use to harm themselves, and you can "
        "also contact {crisis}."
    ),
    # an overactive thyroid with a fever and a racing heart: a thyroid storm, not a sign to stop the medicine
    # (session 38)
    THYROID_STORM: (
        "In someone with an overactive thyroid (such as Graves' disease), a fever with a very fast heartbeat, shaking, "
        "vomiting or diarrhoea, agitation or confusion can be a thyroid storm, which needs emergency treatment: call "
        "{emergency} now. Say that they have an overactive thyroid and which thyroid medicine they take or have "
        "stopped. If they take carbimazole, methimazole or propylthiouracil and also have a sore throat or mouth "
        "ulcers, say so: they need an urgent blood count too."
    ),
    # a blocked or twisted bowel in a baby or child: no pain need be told
    GREEN_VOMITING: (
        "A baby or child who is sick green or yellow-green (bile) can have a blocked or twisted bowel, which "
        "needs surgery urgently: call {emergency} or go to an emergency department now, even if they seem "
        "otherwise well and are still feeding."
    ),
    # a blocked brain shunt: no belly or testicle, the headache and drowsiness are the signs
    BLOCKED_SHUNT: (
        "In someone with a brain shunt, a headache with vomiting, unusual sleepiness or confusion can mean the "
        "shunt is blocked, which needs the neurosurgical team now: call {emergency} or go to an emergency "
        "department now, and say that they have a shunt."
    ),
    # the named conditions of session 18, whose category's words would be wrong for them
    SNAKE: (
        "A bite from an adder or any other venomous snake, or from a snake you cannot identify, needs emergency "
        "care, even if it looks small or the person feels well: call {emergency} now.{poison} Keep the person "
        "calm and as still as possible, and do not let them walk or drive if it can be avoided. Keep the bitten "
        "arm or leg still, and take off rings, watches, shoes and tight clothing near the bite before it swells. "
        "Note the time of the bite. Do not cut or suck the bite, do not use a tourniquet or ice, and give no "
        "alcohol and no painkillers such as aspirin or ibuprofen. Do not try to catch or kill the snake; a photo "
        "taken from a safe distance can help."
    ),
    NEUROLEPTIC: (
        "A high temperature with stiff or rigid muscles, sweating or confusion, in someone who takes an "
        "antipsychotic medicine (such as haloperidol, olanzapine, risperidone, or a monthly injection) or the "
        "anti-sickness medicine metoclopramide, or whose Parkinson's medicine has been stopped, missed or run "
        "out, can be neuroleptic malignant syndrome, a rare but dangerous reaction: call {emergency} now and say "
        "which medicine it is and when it was started, changed or stopped. Give no more of the antipsychotic or "
        "metoclopramide until a doctor has seen them. If a Parkinson's medicine was stopped or missed, tell the "
        "paramedics at once and take it with you. Keep them cool (light clothing, cool damp cloths, a fan) while "
        "you wait."
    ),
    HIGH_BLOOD_PRESSURE: (
        "A blood pressure of 180 over 120 or higher together with a severe headache, chest pain, "
        "breathlessness, blurred sight, confusion, weakness or numbness can damage the brain, heart or kidneys "
        "within hours: call {emergency} or go to an emergency department now, and do not drive yourself. If the "
        "face droops, an arm is weak or speech is slurred, call {emergency} at once: it may be a stroke. Do not "
        "take extra blood pressure tablets to bring it down fast; take your tablets and their names with you."
    ),
    GIANT_CELL: (
        "A new headache at the temples, a tender scalp or jaw pain when chewing, together with any change in "
        "eyesight, even if the sight has come back to normal, can be giant cell arteritis (temporal arteritis), "
        "which can cause permanent blindness within hours: go to an emergency department now, and do not drive "
        "yourself. If the sight loss or double vision came on suddenly, or there is weakness, numbness, a "
        "drooping face or trouble speaking, call {emergency}. Doctors usually start steroids the same day; tell "
        "them if steroids are already being taken, and do not start or change them on your own."
    ),
    # the devices of session 37's held-out round AH
    ICD_SHOCKS: (
        "More than one shock from an implanted defibrillator (ICD) within a day, or a shock with chest pain, "
        "breathlessness, fainting or feeling unwell, needs help now: call {emergency} right now and say the person "
        "has an ICD. Keep them sitting or lying still and stay with them; do not drive them to hospital. If they "
        "collapse and are not breathing normally, start CPR: a shock from the device while you touch them may give "
        "you a tingle but will not harm you. Have the device's card ready for the paramedics."
    ),
    STOMA: (
        "A stoma that turns dark purple, black or grey, or goes cold and dry, may have lost its blood supply and "
        "needs a surgeon today. Call {emergency} or go to an emergency department now, and call the stoma nurse or "
        "the surgical ward if they have an emergency line. Take a spare bag and the stoma's details with you, and do "
        "not eat until you have been seen."
    ),
    TIGHT_CAST: (
        "Pain under a cast or splint that keeps getting worse and is not eased by painkillers, or fingers or toes "
        "that are numb, white, blue or cold or cannot move, can mean the swelling is cutting off the blood supply "
        "or squeezing the muscles. This needs a doctor now: go to an emergency department now or call {emergency}. "
        "Keep the limb at the level of the heart, not higher, and do not cut the cast yourself."
    ),
    NUMBING_PUMP: (
        "Numb lips or tongue, a metal taste, ringing ears, twitching, or feeling strange or drowsy while a numbing "
        "medicine runs through a nerve block or wound catheter can mean too much of it has reached the blood, which "
        "can lead to a seizure or heart trouble. Stop the pump now by closing its clamp, and call {emergency} right "
        "now. Lie down, and do not stay alone; if they stop breathing normally, start CPR."
    ),
    BACLOFEN_PUMP: (
        "In someone with a baclofen pump, a high temperature, itching, a racing heart, muscles that are suddenly "
        "much stiffer, or confusion can mean the pump has stopped giving the medicine (withdrawal), and drowsiness "
        "with slow or shallow breathing can mean it gave too much: both can become life-threatening within hours. "
        "Call {emergency} now and say they have a baclofen pump; take the pump's card with you. Do not wait for the "
        "pump clinic to open."
    ),
    # session 37's second held-out round AI: an operation wound on the belly that burst open
    WOUND_OPEN: (
        "An operation wound that has split open with something showing through it needs a surgeon now: call "
        "{emergency} right now. Lie down with the knees bent, cover the wound with a clean, damp cloth or dressing "
        "(cooled boiled water or saline), do not push anything back in, and do not eat or drink until you have been "
        "seen."
    ),
    WATER_IN_LUNGS: (
        "Someone who went under water and, even hours later, keeps coughing, breathes fast or hard, looks pale or "
        "blue around the lips, or is unusually sleepy, floppy or confused may have water in the lungs, which can "
        "get worse over the next hours. Call {emergency} now or go to an emergency department now, even if they "
        "seemed fine at first. Keep them sitting up and warm, and watch their breathing; if they stop breathing "
        "normally, start CPR and follow the call handler's instructions."
    ),
    RETINA: (
        "A sudden shower of new floaters (dots, specks or cobwebs), flashes of light, or a shadow or curtain coming "
        "over part of the sight can mean the retina at the back of the eye is tearing or coming away. It needs an "
        "eye examination today, within hours, to save the sight: go to an emergency department or an urgent eye "
        "service now, and do not drive yourself. If the sight of an eye is lost suddenly, or the face droops, an arm "
        "or leg is weak or speech is slurred, call {emergency}."
    ),
    DRUG_RASH: (
        "A spreading red or purple rash with blisters or peeling skin, or sores of the mouth, lips or eyes, often "
        "after a fever and within weeks of starting a new medicine, can be a severe reaction to the medicine "
        "(Stevens-Johnson syndrome). Go to an emergency department now, or call {emergency} if the person is very "
        "unwell, confused, or struggling to drink or breathe. Do not take another dose of the medicine until a doctor "
        "has seen the rash, and take the medicine or its box with you."
    ),
    LUNG_CLOT: (
        "Sudden breathlessness, or a sharp pain in the chest when breathing in, after an operation, a birth or a long "
        "journey, or with a swollen, hot or painful calf, can be a blood clot in the lung. Call {emergency} right "
        "now; do not wait to see if it passes, and do not drive yourself. Sit upright and keep still while you wait, "
        "and tell the call handler about the operation or journey and any blood thinner taken or stopped. If the "
        "person collapses or stops breathing normally, start CPR."
    ),
    DIVING_ILLNESS: (
        "After scuba diving, joint pain, tingling or numbness, a blotchy or itchy rash, unusual tiredness, "
        "dizziness, breathlessness, chest pain, weak legs, trouble passing urine or confusion can be "
        "decompression sickness (the bends) or an air bubble in the blood, which need emergency treatment in a "
        "pressure chamber: call {emergency} now and say that the person has been diving, how deep and when; if "
        "you can, also call the DAN (Divers Alert Network) emergency line. The person should lie flat and keep "
        "still, breathe oxygen if any is available, drink water only if fully awake, and not fly. Do not go back "
        "underwater to treat it."
    ),
    DIALYSIS_MISSED: (
        "After missed or shortened dialysis, heavy or weak legs, tingling, a very slow, fluttering, skipping or "
        "irregular heartbeat, chest pain, breathlessness or feeling too weak to stand can mean the potassium in "
        "the blood is dangerously high, or that fluid is building up, which can stop the heart: call {emergency} "
        "now, say that dialysis was missed, and do not drive yourself. If breathless, sit upright. Eat no "
        "high-potassium foods (such as bananas, oranges, potatoes, tomatoes or salt substitutes), and drink as "
        "little as you can. Do not wait for the next session."
    ),
    OVARIAN_HYPERSTIMULATION: (
        "After fertility treatment, a belly that swells fast, quick weight gain, passing little urine, vomiting, "
        "or breathlessness can be ovarian hyperstimulation syndrome, which can become dangerous: call your "
        "fertility clinic's emergency number now. Call {emergency} or go to an emergency department straight away "
        "if you cannot reach them quickly, or if you are breathless, have chest pain, a painful or swollen leg, "
        "severe belly pain, or feel faint. Drink when thirsty, and do not take ibuprofen or similar painkillers."
    ),
    PARACETAMOL_DAYS: (
        "Taking more paracetamol (acetaminophen, e.g. Tylenol) than the packet allows, even over several days or "
        "in cold and flu remedies or other combined medicines, can harm the liver before anyone feels ill: go to "
        "an emergency department now for a blood test, even if you feel well. Call {emergency} if the person is "
        "very drowsy, confused, vomiting, or their skin or eyes look yellow. Take no more paracetamol or anything "
        "that contains it, and take the packets with you.{poison}{crisis_if}"
    ),
    "adrenal_crisis": (
        "In someone with Addison's disease, or who depends on steroid tablets such as hydrocortisone, "
        "vomiting or diarrhoea, feeling faint, very weak, drowsy or confused can be an adrenal crisis, which "
        "can kill within hours. Call {emergency} now and say \"adrenal crisis, steroid dependent\" (show the "
        "steroid emergency card if they have one). If they have an emergency hydrocortisone injection, give it "
        "now, into the outer thigh, without waiting for the ambulance."
    ),
    "mental_health_crisis": (
        "If someone may hurt themselves or other people right now, call {emergency}. Keep yourself "
        "and others safe: stay away from the person if they have a weapon, and do not try to take it "
        "from them. For advice once everyone is safe, you can also contact {crisis}."
    ),
    "spinal_emergency": (
        "After a fall, a dive or a crash, numbness or weakness in both legs or arms can mean an injured "
        "spine: call {emergency} now, do not move the person unless they are in danger where they are, and "
        "keep their head and neck still. Without an injury, numbness around the bottom, genitals or inner "
        "thighs, or new trouble peeing or controlling the bladder or bowels, with back pain, can mean the "
        "nerves at the base of the spine are being squeezed (cauda equina syndrome), which needs treatment "
        "within hours: go to an emergency department now or call {emergency}; do not wait for a routine "
        "appointment."
    ),
    "sepsis_meningitis": (
        "A rash that does not fade when pressed, or a very unwell, floppy or drowsy person with "
        "a fever, can be a sign of meningitis or sepsis. Call {emergency} right now."
    ),
    # The learned classifier (safety/classifier.py) says "emergency" without saying which kind.
    POSSIBLE_EMERGENCY: (
        "What you describe can be a sign of an emergency. If it is happening now, call "
        "{emergency} right now and follow the call handler's instructions. If you are thinking "
        "of harming yourself, contact {crisis}.{poison} If nothing like this is happening now, "
        "ask again in a sentence or two about the condition or medicine you want to know about."
    ),
}

_PREFIX = "This may be a medical emergency. "


#: An antipsychotic and its reaction told in one message (either may come first).
NEUROLEPTIC_SIGNS_TOLD = re.compile(rf"^(?=.*{NEUROLEPTIC_MEDICINES.pattern})(?=.*{NEUROLEPTIC_SIGNS.pattern})")
#: Paracetamol taken too often over days, told with paracetamol; the other paracetamol overdoses (a number
#: swallowed at once) keep the overdose words and get the paracetamol sentence.
#: Words a stroke and a low blood sugar share (English and Spanish, normalized text).
STROKE_LIKE_SIGNS = re.compile(r"\b(?:slurr\w*|speech|droop\w*|no se le entiende|arrastra las palabras|cara (?:\w+ )?"
                               r"caida|habla raro)\b")
#: Sudden confusion told without the signs that get the stroke message itself (a drooping face, a weak arm,
#: slurred speech, a sudden headache or loss of sight).
CONFUSION_TOLD = re.compile(r"\b(?:confus\w*|disorient\w*|muddled|delirious|delirium|not making (?:any )?sense"
                            r"|talking nonsense|know where|recogni[sz]e)\b")
STROKE_SIGNS_TOLD = re.compile(r"\b(?:slurr\w*|speech|droop\w*|face|arms?|legs?|hands?|one side|weak\w*|numb\w*"
                               r"|paraly\w*|words|headache|see|sight|vision|blind)\b")
PARACETAMOL_DAYS_TOLD = re.compile(rf"^(?=.*{PARACETAMOL.pattern})(?=.*{TOO_OFTEN.pattern})")
PARACETAMOL_OVERDOSE_TOLD = re.compile(rf"^(?!.*{TOO_OFTEN.pattern})(?=.*{PARACETAMOL_TAKEN.pattern})")
#: (category, cues, except when, wording key), first match wins; on normalized text.
_WORDINGS: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None, str], ...] = (
    # a nose first: its blood is often swallowed and thrown up, and pinching it is what stops it
    ("severe_bleeding", NOSE_BLEEDING, WOUND_CUES, NOSEBLEED),
    ("severe_bleeding", TOOTH_OUT_TOLD, WOUND_CUES, TOOTH_SOCKET_BLEEDING),
    ("severe_bleeding", MOUTH_BLOOD, WOUND_CUES, MOUTH_BLEEDING),
    ("severe_bleeding", PREGNANCY_BLOOD, WOUND_CUES, PREGNANCY_BLEEDING),
    ("severe_bleeding", BOWEL_BLOOD, WOUND_CUES, BOWEL_BLEEDING),
    # a bone through the skin (session 41's blind review AAA)
    ("severe_bleeding", OPEN_FRACTURE_TOLD, None, OPEN_FRACTURE),
    # a finger or a hand cut off, its part kept (session 42's held-out round BB)
    ("severe_bleeding", AMPUTATION_TOLD, None, AMPUTATION),
    # something breathed in, still talking or coughing; smoke or a flash to the face (session 47's held-out round CB)
    ("choking", INHALED_TOLD, CANNOT_BREATHE_TOLD, INHALED_OBJECT),
    ("severe_burn", SMOKE_TOLD, None, SMOKE_AIRWAY),
    # strangled by a person: no back blows (session 45's held-out round BS)
    ("choking", STRANGLED_TOLD, None, STRANGLED),
    ("breathing", STRANGLED_TOLD, None, STRANGLED),
    ("overdose_poisoning", FUME_CUES, None, FUMES),
    ("overdose_poisoning", BATTERY_SWALLOWED, None, BATTERY),
    ("overdose_poisoning", SNAKE_BITE, None, SNAKE),
    ("overdose_poisoning", SPANISH_SNAKE_BITE, None, SNAKE),
    ("overdose_poisoning", NEUROLEPTIC_SIGNS_TOLD, None, NEUROLEPTIC),
    ("overdose_poisoning", PARACETAMOL_DAYS_TOLD, None, PARACETAMOL_DAYS),
    ("overdose_poisoning", EXTRA_DOSE_TOLD, EXTRA_DOSE_UNLESS, EXTRA_DOSE),
    (POSSIBLE_EMERGENCY, EXTRA_DOSE_TOLD, EXTRA_DOSE_UNLESS, EXTRA_DOSE),
    (POSSIBLE_EMERGENCY, INSULIN_AND_VOMITING, None, "diabetic_emergency"),
    ("overdose_poisoning", YOUNG_CHILD_CUES, CHILD_POISONING_UNLESS, CHILD_POISONING),
    ("breathing", DIVING, None, DIVING_ILLNESS),
    # a tracheostomy out or blocked (session 40's held-out round AT)
    ("breathing", TRACHEOSTOMY_TOLD, None, TRACHEOSTOMY),
    ("breathing", YOUNG_CHILD_CUES, PREGNANT_WRITER, CHILD_BREATHING),
    ("breathing", CLOT_CUES, None, LUNG_CLOT),
    ("breathing", ALTITUDE, None, ALTITUDE_SICKNESS),
    # hereditary angioedema's swelling, a low calcium's spasm, a weakness of the muscles, an anaesthetic's fever,
    # whichever rule found them (session 40's held-out round AV)
    ("anaphylaxis", HAE_TOLD, None, HAE_AIRWAY),
    ("anaphylaxis", LOW_CALCIUM_TOLD, None, LOW_CALCIUM),
    ("breathing", WEAKNESS_CONDITION, None, WEAKNESS_SPREADING),
    ("sepsis_meningitis", MALIGNANT_HYPERTHERMIA_CUES, None, MALIGNANT_HYPERTHERMIA),
    # a sight lost just after a filler (session 40's held-out round AU)
    ("stroke", FILLER_TODAY, None, FILLER_OCCLUSION),
    # a tearing pain (session 39's blind review TT)
    ("chest_pain", TEARING_PAIN, None, AORTA),
    ("breathing", FLUID_ON_LUNGS_CUES, YOUNG_CHILD_CUES, FLUID_ON_LUNGS),
    ("spinal_emergency", SCUBA, None, DIVING_ILLNESS),
    ("chest_pain", MISSED_DIALYSIS, None, DIALYSIS_MISSED),
    ("pregnancy_emergency", OHSS_CUES, None, OVARIAN_HYPERSTIMULATION),
    ("severe_burn", CHEMICAL_CUES, None, CHEMICAL_BURN),
    ("sudden_severe_pain", GREEN_VOMIT, NOT_A_CHILD_BOWEL, GREEN_VOMITING),
    ("sudden_severe_pain", SHUNT, TESTICLE, BLOCKED_SHUNT),
    ("sudden_severe_pain", GIANT_CELL_CUES, TESTICLE, GIANT_CELL),
    ("sudden_severe_pain", HIGH_BP_READING, TESTICLE, HIGH_BLOOD_PRESSURE),
    ("stroke", CONFUSION_TOLD, STROKE_SIGNS_TOLD, SUDDEN_CONFUSION),
    ("diabetic_emergency", HIGH_SUGAR_SIGNS, LOW_SUGAR_TOLD, KETOACIDOSIS),
    ("sepsis_meningitis", THYROID_STORM_CUES, None, THYROID_STORM),
    # a breathing difficulty with a swelling face or neck in someone with a cancer (session 39's held-out round AO)
    ("breathing", SVC_TOLD, None, BLOCKED_CHEST_VEIN),
    # a fever after a birth, a pregnancy lost or ended, or with a breast red and hot (session 39's held-out round AQ)
    ("sepsis_meningitis", MOTHERS_SEPSIS, None, SEPSIS_AFTER_BIRTH),
)

#: Additions that a wording says better itself: the thyroid storm's message asks for the blood count without telling
#: anyone to stop the thyroid medicine (the marrow addition's advice, wrong for a storm).
_WORDING_OMITS: Mapping[str, frozenset[str]] = {THYROID_STORM: frozenset({"marrow"}),
                                                LIGATURE: frozenset({"someone_else"}),
                                                # "spiders crawling out of the plug socket" is no electric shock
                                                WITHDRAWAL: frozenset({"electricity"})}


#: Rules that fire only on someone else's wish to die or harm themself ("my son told me he wants to kill himself").
_ABOUT_SOMEONE_ELSE_RULES = frozenset({"suicide.third_person", "suicide.third_person_wish"})


class _AboutSomeoneElse:
    """A cue of :data:`_ADDITIONS`: the writer does not speak of harming themself (WRITER_AT_RISK), and either the
    rule that fired is about someone else's wish to die or the text speaks more of another person than of the writer
    (THIRD_PERSON_WORDS, less a bare Spanish "son", against WRITER_WORDS, less the "my" of "my brother" and the "me"
    of "he texted me"). Checked on every suicide message of the eval sets (session 27): "my brother just texted me
    saying goodbye ... his gun", "One of my students just told me ... she has a rope" count; "pills lined up on my
    desk ... just wanted someone to know", "I've written letters to my kids" do not."""

    @staticmethod
    def search(folded: str, rule: str = "") -> bool:
        if WRITER_AT_RISK.search(folded):
            return False
        if rule in _ABOUT_SOMEONE_ELSE_RULES:
            return True
        others = len(THIRD_PERSON_WORDS.findall(folded)) - len(BARE_SON.findall(folded))
        writer = len(WRITER_WORDS.findall(folded)) - len(NOT_THE_WRITER.findall(folded))
        return others > writer


#: Sentences put before (electricity: the rescuer's safety comes first) or after a message, for the
#: categories named (None: any) when the text has the cues. Worded "if ..." so a cue read wrongly
#: costs a sentence, never the right advice.
_ADDITIONS: tuple[tuple[str, frozenset[str] | None, re.Pattern[str] | _AboutSomeoneElse, str, str], ...] = (
    ("electricity", None, ELECTRIC_CUES, "before",
     "If electricity is involved, do not touch the person until the power is switched off or they are clear "
     "of it, and stay well back from fallen power lines. "),
    ("heat", frozenset({"unconscious"}), HEAT_CUES, "after",
     " If they have overheated (heatstroke), move them somewhere cool and cool them fast: cold water on the "
     "skin, and fan them."),
    ("cold", frozenset({"unconscious"}), COLD_CUES, "after",
     " If they are very cold, move them somewhere warm, handle them gently, take off wet clothes and wrap them "
     "in blankets; no hot bath, and do not rub their arms and legs."),
    ("deliberate", frozenset({"severe_bleeding"}), DELIBERATE_CUES, "after",
     " If this was on purpose, you can also contact {crisis}."),
    ("fistula", frozenset({"severe_bleeding"}), FISTULA_CUES, "after",
     " For a dialysis fistula or graft, press firmly with two fingers over a clean cloth right on the bleeding "
     "point, and keep pressing for at least 10 minutes without looking."),
    ("wound_pump", frozenset({"severe_bleeding"}), WOUND_PUMP_CUES, "after",
     " If a wound pump (VAC) or drain is attached, switch the pump off and press firmly on the dressing."),
    # the named conditions of session 17: what makes the sign an emergency, for the call handler
    ("marrow", frozenset({"sepsis_meningitis"}), MARROW_MEDICINES, "after",
     " A fever, shivers, a sore throat or mouth ulcers while taking clozapine, or a thyroid medicine such as "
     "carbimazole, can mean the white blood cells that fight infection have dropped: it needs an urgent blood "
     "count today, not at the next routine test. Stop carbimazole or propylthiouracil until the count is known, "
     "and say which medicine it is."),
    ("sickle", frozenset({"sepsis_meningitis"}), SICKLE_CUES, "after",
     " Say that the person has sickle cell disease: a fever, or a new pain in the chest or on breathing, needs "
     "to be seen at once."),
    ("valve", frozenset({"sepsis_meningitis"}), HEART_VALVE, "after",
     " Say that the person has a heart valve replaced or repaired: a fever with one can be an infection of the valve "
     "(endocarditis), which needs blood tests and hospital care today."),
    ("travel", frozenset({"sepsis_meningitis"}), MALARIA_TRAVEL, "after",
     " Say where you travelled: a fever after a trip to a malaria area needs a malaria test today, even if you "
     "took malaria tablets."),
    ("blood_thinner", frozenset({"head_injury"}), BLOOD_THINNERS, "after",
     " Anyone who takes a blood thinner needs to be checked in an emergency department after a knock to the "
     "head, even if they seem well: take the medicine's name with you."),
    ("after_birth", frozenset({"mental_health_crisis"}), AFTER_BIRTH, "after",
     " Losing touch with reality in the weeks after a birth (postpartum psychosis) is a medical emergency: she "
     "needs to be seen today, in an emergency department or by a crisis team, and should not be left alone "
     "with the baby."),
    # someone else at risk (session 27's blind triage round: "my brother just texted me saying goodbye ... a pic of his
    # gun on the table, hes not answering his phone"): what the relative or friend does, first; not when the writer
    # speaks of harming themself ("my mom doesnt understand, I want to die")
    ("someone_else", frozenset({"suicide_self_harm"}), _AboutSomeoneElse(), "before",
     "If you are worried about someone else: call {emergency} now if they may be in danger, have a weapon or pills to "
     "hand, or you cannot reach them, and say where they are. If you can be with them safely, stay with them and take "
     "away anything they could use to harm themselves; {crisis} can also tell you how to help them. "),
    ("tampon", frozenset({"sepsis_meningitis"}), TAMPON, "after",
     " If a tampon or menstrual cup is in, take it out now."),
    ("paracetamol", frozenset({"overdose_poisoning"}), PARACETAMOL_OVERDOSE_TOLD, "after",
     " Too much paracetamol (acetaminophen, e.g. Tylenol), even spread over several days or taken in cold and flu "
     "remedies or other combined medicines, can harm the liver before anyone feels ill: go to an emergency "
     "department now for a blood test and treatment, even if you feel well. Take no more paracetamol or anything "
     "that contains it. Take the packets with you."),
    # a low sugar that speaks like a stroke (session 19): the diabetic message first, the stroke's call not lost
    ("stroke_signs", frozenset({"diabetic_emergency"}), STROKE_LIKE_SIGNS, "after",
     " If the face droops, an arm or leg is weak, or the words stay slurred once the sugar is treated, call "
     "{emergency} at once: it may be a stroke."),
    ("sick_day", frozenset({"diabetic_emergency", POSSIBLE_EMERGENCY}), INSULIN_AND_VOMITING, "after",
     " If you take insulin and are being sick, do not stop your long-acting (basal) insulin even if you cannot eat; "
     "check your blood sugar, and ketones if you can, every 2 to 4 hours, sip fluids, and get help now if you cannot "
     "keep fluids down or your ketones are high."),
    ("withdrawal", frozenset({"seizure"}), ALCOHOL_STOPPED, "after",
     " If this came after stopping heavy drinking, tell the call handler: withdrawal fits can come again, and "
     "seeing things or confusion after them needs hospital treatment."),
    ("methotrexate", frozenset({"overdose_poisoning"}), METHOTREXATE, "after",
     " Methotrexate taken every day instead of once a week needs blood tests and an antidote (folinic acid) "
     "today: stop it, and take the packs with you."),
    # an opioid taken, where the message itself has no naloxone line (session 40's blind review YY)
    ("naloxone", frozenset({"unconscious", "breathing", "cardiac_arrest"}), OPIOID_TAKEN, "after",
     " If they may have taken an opioid (a strong painkiller such as oxycodone, morphine or fentanyl, or heroin or "
     "methadone) and you have naloxone (Narcan), give it: it can bring back their breathing."),
    # a bone through the skin after a fall, whose words (do not move them) come first (session 41's blind review AAA)
    ("open_fracture", frozenset({"fall_injury"}), OPEN_FRACTURE_TOLD, "after",
     " If a bone is through the skin, do not push it back in; cover the wound with a clean cloth and press around it, "
     "not on the bone."),
    # a sexual assault told (session 41's blind review ZZ)
    ("assault", None, SEXUAL_ASSAULT_TOLD, "after",
     " If someone has sexually assaulted you, it was not your fault. An emergency department or a sexual assault "
     "service can see you today, even if you do not want to report it: they treat injuries, can give emergency "
     "contraception and medicine that prevents HIV (best started within 72 hours), and keep evidence only if you "
     "choose."),
)


#: Additions read from English grammar (:class:`_AboutSomeoneElse`): never in a message in another language, which
#: has no words of its own for them.
ENGLISH_ONLY_ADDITIONS = frozenset(key for key, _, cues, _, _ in _ADDITIONS if isinstance(cues, _AboutSomeoneElse))

#: Rules whose emergency is itself a wording of their category: carbon monoxide told by its signs ("the whole
#: family has headaches ... better when we go outside ... the boiler") needs the fumes advice (get out), not the
#: swallowed-poison one, though the text never says "fumes" (session 24's blind review).
_RULE_WORDINGS: Mapping[str, str] = {
    "poison.carbon_monoxide": FUMES,
    "poison.carbon_monoxide_signs": FUMES,
    "es.carbon_monoxide": FUMES,
    "poison.battery_maybe_swallowed": BATTERY,
    "anaphylaxis.severe_drug_rash": DRUG_RASH,
    "eye.retina_signs": RETINA,
    "es.retina_signs": RETINA,
    "breathing.after_near_drowning": WATER_IN_LUNGS,
    "cardiac.icd_shocks_again": ICD_SHOCKS,
    "pain.stoma_turning_black": STOMA,
    "pain.cast_too_tight": TIGHT_CAST,
    "poison.numbing_pump_in_the_blood": NUMBING_PUMP,
    "poison.baclofen_pump_stopped": BACLOFEN_PUMP,
    "pain.wound_burst_open": WOUND_OPEN,
    "poison.collapsed_in_a_closed_space": CLOSED_SPACE,
    "eye.object_driven_in": EYE_INJURY,
    "sepsis.dengue_warning_signs": SEVERE_DENGUE,
    "breathing.after_being_strangled": STRANGLED,
    "bleeding.inside_after_a_blow": BLOW_BLEEDING,
    "pain.cold_white_limb": COLD_LIMB,
    "unconscious.fainted_slow_pulse": SLOW_PULSE,
    "overdose.serotonin_toxicity": SEROTONIN,
    "overdose.lithium_building_up": LITHIUM,
    "mental.alcohol_withdrawal": WITHDRAWAL,
    "mental.stopped_eating_and_drinking": NOT_DRINKING,
    "mental.fainting_in_an_eating_disorder": EATING_DISORDER,
    "suicide.cord_round_the_neck": LIGATURE,
    "pain.erection_that_will_not_go_down": PRIAPISM,
    "pain.foreskin_stuck_back": FORESKIN,
    "sepsis.fever_when_immunosuppressed": LOW_IMMUNITY_FEVER,
    "spinal.cord_squeezed_by_cancer": CORD_SQUEEZED,
    "spinal.legs_and_bladder_with_back_pain": CORD_SQUEEZED,
    "chest_pain.tumour_lysis": TUMOUR_LYSIS,
    "pain.bowel_on_immunotherapy": IMMUNE_COLITIS,
    "unconscious.high_calcium": HIGH_CALCIUM,
    "breathing.vein_blocked_by_cancer": BLOCKED_CHEST_VEIN,
    "pain.sickle_spleen": SICKLE_SPLEEN,
    "bleeding.heavy_from_the_womb": PREGNANCY_BLEEDING,
    "bleeding.inside_after_an_operation": BLEEDING_INSIDE,
    "sepsis.after_pregnancy_or_womb": SEPSIS_AFTER_BIRTH,
    "pregnancy.baby_coming_now": BIRTH_NOW,
    "pregnancy.cord_out": CORD_OUT,
    "breathing.high_altitude": ALTITUDE_SICKNESS,
    "es.ketoacidosis_signs": KETOACIDOSIS,
    "spinal.numb_saddle_with_back_or_bladder": CORD_SQUEEZED,
    "pain.crushed_limb_swelling_tight": COMPARTMENT,
    "sepsis.joint_or_bone_with_fever": JOINT_INFECTION,
    "pain.muscle_breakdown": MUSCLE_BREAKDOWN,
    "breathing.throat_or_neck_infection": THROAT_INFECTION,
    "choking.food_stuck_in_the_gullet": FOOD_STUCK,
    "eye.infection_behind_the_eye": EYE_SOCKET,
    "pain.filler_blocking_a_vessel": FILLER_OCCLUSION,
    "anaphylaxis.hereditary_angioedema_throat": HAE_AIRWAY,
    "unconscious.metabolic_crisis": METABOLIC_CRISIS,
    "cardiac_arrest.faint_with_a_rhythm_condition": RHYTHM_FAINT,
    "breathing.weakness_spreading": WEAKNESS_SPREADING,
    "spinal.neck_cord_squeezed": NECK_CORD,
    "bleeding.very_heavy_period": HEAVY_PERIOD,
    "bleeding.inside_with_a_bleeding_disorder": BLEEDING_INSIDE,
    "sudden_pain.red_cells_breaking_down": RED_CELLS_BREAKING,
    "sepsis.eye_swollen_shut_with_fever": EYE_SOCKET,
    "poison.battery_in_the_nose_or_ear": BATTERY_LODGED,
    "es.battery_in_the_nose_or_ear": BATTERY_LODGED,
    "breathing.tooth_swelling_into_the_neck": THROAT_INFECTION,
    "breathing.tongue_swollen_with_airway_signs": THROAT_INFECTION,
    "sepsis.tooth_swelling_up_to_the_eye": EYE_SOCKET,
    "eye.blow_with_blood_inside_or_double_sight": EYE_INJURY,
    "bleeding.blood_in_the_pee_after_a_blow": BLOW_BLEEDING,
    "es.heavy_bleeding_after_pregnancy": PREGNANCY_BLEEDING,
    # a stiff jaw after a wound (session 47's held-out round CD)
    "sudden_pain.stiff_jaw_after_a_wound": TETANUS,
}


#: (category, cues, wording key): a condition the writer names whose attack the wording tells, ahead of any rule's own
#: wording (:data:`_RULE_WORDINGS`): an acute porphyria's attack, whichever rule found its dark urine or its pain
#: (session 40's held-out round AV: "acute intermittent porphyria ... her wee is like dark red wine ... arms feel weak"
#: had the muscle-breakdown words).
_CONDITION_WORDINGS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("sudden_severe_pain", PORPHYRIA_TOLD, PORPHYRIA_ATTACK),
    # blind review CCC: a deepening yellow with confusion in cirrhosis had the words about a rash
    ("sepsis_meningitis", LIVER_DISEASE_TOLD, LIVER_FAILING),
)


def _wording_key(category: str, folded: str, rule: str = "") -> str:
    """The key of the message for ``category`` told in the normalized text ``folded`` (found by ``rule``):
    the category itself, or its wording for what the text tells where the category's advice would be wrong
    (a bleeding nose or mouth, bleeding in pregnancy, fumes, a swallowed battery, a chemical burn;
    :data:`_CONDITION_WORDINGS`, then :data:`_RULE_WORDINGS`, then :data:`_WORDINGS`)."""
    for name, cues, key in _CONDITION_WORDINGS:
        if name == category and cues.search(folded):
            return key
    if rule in _RULE_WORDINGS:
        return _RULE_WORDINGS[rule]
    for name, cues, unless, key in _WORDINGS:
        if name == category and cues.search(folded) and not (unless is not None and unless.search(folded)):
            return key
    return category


def _additions(category: str, folded: str, sentences: Mapping[str, str], english: bool = True,
               rule: str = "", omit: frozenset[str] = frozenset()) -> tuple[str, str]:
    """What goes before and after the message of ``category`` for the normalized text ``folded`` (found by
    ``rule``; :data:`_ADDITIONS`), in the words of ``sentences`` (by key; the English ones when absent). A cue that
    reads English grammar (:class:`_AboutSomeoneElse`) is read only for a message in English; a rule about someone
    else's wish to die says it without counting; the additions of ``omit`` are left out."""
    before, after = "", ""
    for key, names, cues, where, sentence in _ADDITIONS:
        if key in omit:
            continue
        if isinstance(cues, _AboutSomeoneElse):
            found = english and cues.search(folded, rule)
        else:
            found = cues.search(folded) is not None
        if (names is None or category in names) and found:
            sentence = sentences.get(key, sentence)
            if where == "before":
                before += sentence
            else:
                after += sentence
    return before, after


@dataclass(frozen=True)
class _Words:
    """The words of the messages in one language: the messages by key, the prefix, the additions by
    key, the sentences that name the poison and crisis lines, and, for the US preset, those lines'
    own names in that language (None: the preset's English names)."""

    messages: Mapping[str, str]
    prefix: str
    additions: Mapping[str, str]
    poison: str  # {poison_line}
    poison_possible: str  # {poison_line}, for the generic message
    crisis_if: str  # {crisis}
    no_crisis_line: str  # {number}: who to contact when the preset has no crisis line
    us_crisis: str | None = None
    us_poison: str | None = None


_WORDS: dict[str, _Words] = {
    "en": _Words(_MESSAGES, _PREFIX, {}, " You can also get expert advice from {poison_line}.",
                 " For a poisoning or overdose you can also get expert advice from {poison_line}.",
                 " If this was on purpose, you can also contact {crisis}.", "emergency services on {number}"),
    "es": _Words(messages_es.MESSAGES_ES, messages_es.PREFIX_ES, messages_es.ADDITIONS_ES, messages_es.POISON_ES,
                 messages_es.POISON_POSSIBLE_ES, messages_es.CRISIS_IF_ES, "los servicios de emergencia al {number}",
                 messages_es.US_CRISIS_ES, messages_es.US_POISON_ES),
}
#: Languages the emergency messages are written in besides English (safety/messages_es.py).
MESSAGE_LANGUAGES = frozenset(_WORDS) - {"en"}


def emergency_message(category: str, contacts: EmergencyContacts, text: str = "", language: str | None = None,
                      rule: str = "") -> str:
    """Word the patient-facing message for ``category`` (told in ``text``, found by ``rule``) with ``contacts``'
    numbers, in ``language`` when it is one of :data:`MESSAGE_LANGUAGES` (else English). The US preset's crisis
    and poison lines are named in that language; other presets' keep their own names."""
    words = _WORDS.get(language or "en", _WORDS["en"])
    english = words is _WORDS["en"]
    # Where the writer says they are, when it is not the configured country: that country's numbers, and the
    # configured one at the end (safety/places.py).
    home, place = contacts, where_writer_is(text, contacts.country) if text and english else None
    if place is not None:
        contacts = PRESETS.get(place.country) or EmergencyContacts(place.country, place.number, "", "")
    folded = normalize(text) if text else ""
    key = _wording_key(category, folded, rule)
    before, after = _additions(category, folded, words.additions, english, rule, _WORDING_OMITS.get(key, frozenset()))
    category = key
    us = contacts.country == "US"
    poison_line = words.us_poison if us and words.us_poison and contacts.poison_line else contacts.poison_line
    poison = ""
    if poison_line:
        poison = (words.poison_possible if category == POSSIBLE_EMERGENCY else words.poison).format(
            poison_line=poison_line)
    crisis = (words.us_crisis if us and words.us_crisis else contacts.crisis_line) or \
        words.no_crisis_line.format(number=contacts.emergency_number)
    crisis_if = words.crisis_if.format(crisis=crisis) if contacts.crisis_line else ""
    before, body, after = (part.format(emergency=contacts.emergency_number, crisis=crisis, poison=poison,
                                       crisis_if=crisis_if) for part in (before, words.messages[category], after))
    # The generic message says it in its own words.
    prefix = "" if category in ("suicide_self_harm", POSSIBLE_EMERGENCY) else words.prefix
    message = prefix + before + body + after
    if place is not None and contacts.emergency_number != home.emergency_number:
        named = place_named(home.country)
        return (f"{message} If you are not in {place.name}, call your local emergency number"
                f" ({home.emergency_number}{' in ' + named.name if named else ''}).")
    # A country named, not said to be where the writer is: its number first, as a condition.
    elsewhere = elsewhere_line(text, contacts.country, contacts.emergency_number) if text and english else ""
    return (elsewhere + " " if elsewhere else "") + message


# --------------------------------------------------------------------------
# Normalization
# --------------------------------------------------------------------------

_APOSTROPHE_LIKE = "\u2018\u2019\u201a\u201b\u2032\u2035\u00b4\u0060\u02bc\u02b9\uff07"
_APOSTROPHES = str.maketrans({c: "'" for c in _APOSTROPHE_LIKE})
_SENTENCE_BREAK = re.compile(r"[!?;\n\r\u2026]+|\.(?!\d)")
_CLAUSE_BREAK = re.compile(r"[,:()\[\]\u2013\u2014\"]| - ")
#: A plural written in brackets, "What is (are) vomiting blood?", "symptom(s)": read as one word, not
#: as a clause break that would cut "vomiting blood" off from its question.
_PLURAL_MARK = re.compile(r" ?\((?:are|is|s|es)\)")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A normalized sentence plus the character spans of its clauses."""

    text: str
    clauses: tuple[tuple[int, int], ...]
    clause_texts: tuple[str, ...]

    def clause_text(self, start: int, end: int) -> str:
        """Text of the clause(s) overlapping ``[start, end)``."""
        hits = [i for i, (a, b) in enumerate(self.clauses) if a < end and b > start]
        if len(hits) == 1:
            return self.clause_texts[hits[0]]
        return " ".join(self.clause_texts[i] for i in hits) if hits else self.text


def _fold(text: str) -> str:
    """NFKC, strip accents, lowercase, unify apostrophes."""
    text = unicodedata.normalize("NFKC", text)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return text.lower().translate(_APOSTROPHES)


_VOCAB = frozenset(FUZZY_VOCABULARY)


@lru_cache(maxsize=8192)
def _fix_token(token: str) -> str:
    """Correct a token with the hand-written map, then a strict fuzzy match."""
    if token in TYPOS:
        return TYPOS[token]
    if len(token) < 6 or not token.isalpha() or token in FUZZY_PROTECTED or token in _VOCAB:
        return token
    match = difflib.get_close_matches(token, FUZZY_VOCABULARY, n=1, cutoff=0.9)
    return match[0] if match else token


def normalize_clause(text: str) -> str:
    """Normalize one clause of already folded text to canonical tokens."""
    text = _NON_WORD.sub(" ", text.replace("'", ""))
    text = " ".join(_fix_token(tok) for tok in text.split())
    for pattern, replacement in PHRASES:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def _build_sentence(raw: str) -> Sentence | None:
    """Normalize one raw sentence, remembering where its clauses are."""
    pieces = [normalize_clause(part) for part in _CLAUSE_BREAK.split(raw)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return None
    spans, pos = [], 0
    for piece in pieces:
        spans.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    return Sentence(" ".join(pieces), tuple(spans), tuple(pieces))


#: A fragment that corrects the sentence before it: "cant breathe lol. thru my nose I mean" (session 33's held-out
#: triage round, a head cold).
_I_MEAN = re.compile(r"^\W*(?:\w+\W+){0,5}i mean(?:\W*$|\s*[,:])")


def split_sentences(text: str) -> list[Sentence]:
    """Fold ``text`` and split it into normalized sentences; a short fragment ending "I mean" stays with the sentence
    it corrects."""
    raws: list[str] = []
    for raw in _SENTENCE_BREAK.split(_PLURAL_MARK.sub("", _fold(text))):
        if raws and _I_MEAN.match(raw.strip()):
            raws[-1] = f"{raws[-1]}, {raw}"
        else:
            raws.append(raw)
    sentences = (_build_sentence(raw) for raw in raws)
    return [s for s in sentences if s is not None]


def normalize(text: str) -> str:
    """Whole-text normalized form (sentences joined by ' | '), for debugging and tests."""
    return " | ".join(s.text for s in split_sentences(text))


# --------------------------------------------------------------------------
# Rule evaluation
# --------------------------------------------------------------------------


_CUES: dict[str, re.Pattern[str]] = {
    "question": QUESTION_CUES,
    "personal": PERSONAL_REPORT,
    "topic": TOPIC_CUES,
    "past": PAST_CUES,
    "chronic": CHRONIC_CUES,
    "document": DOCUMENT_CUES,
    "live": LIVE_STRONG,
    "live_weak": LIVE_WEAK,
    "onset": ONSET_CUES,
    "ongoing": ONGOING_CUES,
    "now_sign": NOW_SIGN_CUES,
    "recent": RECENT_PAST_CUES,
    "recovered": RECOVERED_CUES,
}


@dataclass(slots=True)
class _Scan:
    """The sentences of one text, with cue look-ups memoized for this text only."""

    sentences: list[Sentence]
    _cue_hits: dict[tuple[str, str], bool] = field(default_factory=dict)
    _past_ends: dict[str, list[int]] = field(default_factory=dict)
    _says: dict[re.Pattern[str], bool] = field(default_factory=dict)

    def says(self, pattern: re.Pattern[str]) -> bool:
        """Whether any sentence of the text matches ``pattern`` (a fact about the whole text, such as
        :data:`_EXPECTED_DYING` or :data:`_BELLS_DIAGNOSED`; looked up once per text)."""
        if pattern not in self._says:
            self._says[pattern] = any(pattern.search(s.text) for s in self.sentences)
        return self._says[pattern]

    def past_ends(self, text: str) -> list[int]:
        """Where each past-time cue of ``text`` ends, in order (found once per text, not per match)."""
        if text not in self._past_ends:
            self._past_ends[text] = [m.end() for m in PAST_CUES.finditer(text)]
        return self._past_ends[text]

    def has_cue(self, cue: str, text: str) -> bool:
        """Whether cue family ``cue`` occurs in ``text``."""
        key = (cue, text)
        if key not in self._cue_hits:
            self._cue_hits[key] = _CUES[cue].search(text) is not None
        return self._cue_hits[key]

    def is_live(self, text: str) -> bool:
        """A strong urgency word, or a sudden onset not dated to an older past nor told of attacks that
        recur ("out of nowhere I get panic attacks and feel like I can't breathe": how each one starts)."""
        if self.has_cue("live", text):
            found = list(LIVE_STRONG.finditer(text))
            lives = [m.group(0) for m in found]
            # a bare "just" after a date years back tells how it happened then ("back in 2015 ... all of a sudden his
            # face drooped ... his arm just went limp": session 31's held-out triage round), not now; not a "just"
            # before it ("dad just says he feels not right ... he had a stent 5 years ago")
            dated = _DISTANT_PAST.search(text)
            if not (dated and all(word == "just" for word in lives) and dated.end() <= found[0].start()):
                # words of the event itself (an ambulance, 911) do not make a story dated to the past live
                return not (_told_as_story(text) and _only_event_words(text))
        if not self.has_cue("onset", text):
            return False
        if self.has_cue("chronic", text) and not self.has_cue("live_weak", text):
            return False
        return not self.has_cue("past", text) or self.has_cue("recent", text)


def _is_information(scan: _Scan, clause: str) -> bool:
    """Whether a clause is framed as a general question or topic, not a personal report."""
    if scan.has_cue("topic", clause):
        return True
    return scan.has_cue("question", clause) and not scan.has_cue("personal", clause)


def _suppressed(rule: Rule, scan: _Scan, sentence: Sentence, match: re.Match[str]) -> bool:
    """True when the rule's guards say this match is information or history, not an emergency."""
    if rule.guard == Guard.NONE or scan.is_live(sentence.text):
        return False
    if Guard.INFO in rule.guard and not scan.has_cue("live_weak", sentence.text):
        if _is_information(scan, sentence.clause_text(match.start(), match.end())):
            return True
        if scan.has_cue("document", sentence.text):
            return True
    if Guard.PAST in rule.guard and scan.has_cue("past", sentence.text):
        # Started recently and still going on, a new sign now, or the story turned to now before the
        # sign ("had a knee replacement 2 weeks ago and now he suddenly can't breathe"): not history.
        recent_ongoing = scan.has_cue("recent", sentence.text) and scan.has_cue("ongoing", sentence.text)
        question = any(scan.has_cue("question", clause) for clause in sentence.clause_texts)
        if not (recent_ongoing or scan.has_cue("now_sign", sentence.text)
                or _turns_to_now(sentence.text, match, question, scan.past_ends(sentence.text))
                or _now_before(sentence.text, match, scan.past_ends(sentence.text))
                or _past_after_the_turn(sentence.text, match)):
            return True
    if Guard.CHRONIC in rule.guard and scan.has_cue("chronic", sentence.text):
        # a long illness, then the sign tonight: "had asthma for years now and tonight I can't breathe" (session 25);
        # the turn to now comes between the long illness and the sign
        before = [m.end() for m in _CUES["chronic"].finditer(sentence.text) if m.end() <= match.start()]
        return not before or _TURN_TO_NOW.search(sentence.text, max(before), match.start() + 1) is None
    return False


#: Words that move a story from its past to now: "... last week, and today", "... since this morning".
#: ("suddenly" is not one: "last month my wife suddenly lost her memory" tells the past event's onset.)
_TURN_TO_NOW = re.compile(r"\b(?:just|right) now\b|\btoday\b|\btonight\b|\bthis (?:morning|afternoon|evening)\b"
                          # a change from the usual: "has reflux and we usually just give him gaviscon but this is
                          # different, its a heavy pressure ..." (session 33's third triage round)
                          r"|\bthis (?:is|one is|time is|time its|feels|one feels) (?:\w+ )?different\b"
                          r"|\bbut this time\b|\b(?:not|nothing) like (?:his|her|my|their|the) usual\b")
#: A weaker turn, "... two weeks ago and now": also how a lasting effect is told ("had a stroke last
#: year and now she is weak on one side, how long does recovery take?"), so it counts only when the
#: sign is not "still" there and the sentence asks nothing.
_AND_NOW = re.compile(r"\b(?:and|but|so|then) (?:\w+ )?now\b")
#: ... or a bare "now" right after the past-time cue, its comma normalized away ("been on the coke since about 10 last
#: night, now my chest feels like someones standing on it": session 38's held-out round AM).
_NOW_RIGHT_AFTER = re.compile(r" now\b")
_STILL = re.compile(r"\bstill\b")


def _past_after_the_turn(text: str, match: re.Match[str]) -> bool:
    """Whether every past-time cue of the sentence comes after the sign, with the story turned to now between them: the
    past cue dates something told in the now, not the sign ("she banged her head on the cupboard door this morning, we
    thought she was ok but now shes been sick twice ... she asked me where her husband is (he died 10 years ago)":
    session 41's held-out round AX)."""
    first = next((m.start() for m in _CUES["past"].finditer(text)), None)
    if first is None or first < match.end():
        return False
    return (_AND_NOW.search(text, match.end(), first) is not None
            or _TURN_TO_NOW.search(text, match.end(), first) is not None)


def _now_before(text: str, match: re.Match[str], past_ends: list[int]) -> bool:
    """Whether the sign is told as now ("and now her lips are huge") with every past-time cue of the sentence after
    it: what comes later dates something else ("... she doesnt want to use it because last time it made her shaky":
    session 32's held-out triage round, where the past cue silenced the anaphylaxis rules)."""
    if any(end <= match.start() for end in past_ends):
        return False
    return _AND_NOW.search(text, max(0, match.start() - 40), match.start() + 1) is not None


def _turns_to_now(text: str, match: re.Match[str], question: bool, past_ends: list[int]) -> bool:
    """Whether, after the last past-time cue before ``match``, the sentence turns to now (a strong word
    of now anywhere after the cue, or "and now" before the match): the sign is news, not the history
    the cue dates. A cue after the sign ("slurred since a stroke two years ago") or none before it
    leaves the history reading."""
    before = bisect.bisect_right(past_ends, match.start())
    if not before:
        return False
    start, end = past_ends[before - 1], match.start() + 1
    # a strong word of now dates the sign wherever it comes after the cue ("... 3 days ago, eye is painful
    # and my vision has got worse since this morning")
    if _TURN_TO_NOW.search(text, start):
        return True
    turn = _AND_NOW.search(text, start, end) or _NOW_RIGHT_AFTER.match(text, start, end)
    return turn is not None and not question and not _STILL.search(text, turn.end())


def _context_ok(rule: Rule, sentences: list[Sentence], index: int) -> bool:
    """True when the rule needs no context or it appears in this or a neighbouring sentence."""
    if rule.context is None:
        return True
    after = rule.window if rule.window_after is None else rule.window_after
    window = sentences[max(0, index - rule.window) : index + after + 1]
    return any(rule.context.search(s.text) for s in window)


def _rule_fires(rule: Rule, scan: _Scan, index: int) -> bool:
    """Whether ``rule`` fires on sentence ``index`` (pattern, exclusions, context, guards)."""
    sentence = scan.sentences[index]
    if rule.pattern.search(sentence.text) is None:
        return False
    if rule.exclude is not None and rule.exclude.search(sentence.text):
        return False
    if not _context_ok(rule, scan.sentences, index):
        return False
    # Not for suicide and self-harm: "I'm fine now" after self-harm may be said to reassure; err
    # on the side of the crisis line. Nor for a poisoning, which can harm hours later (session 31's blind review O: "my
    # 2 year old ... swallowed some of her heart pills ... he seems ok right now just a bit sleepy").
    if (Guard.PAST in rule.guard and rule.category not in _NOT_OVER_WHEN_FINE
            and _recovered_elsewhere(scan, index, rule)):
        return False
    if rule.category == "suicide_self_harm" and _years_behind(scan, index):
        return False
    ended = _CATEGORY_UNLESS_SAID.get(rule.category)
    if ended is not None and scan.says(ended):
        return False
    if rule.unless_said is not None and scan.says(rule.unless_said):
        return False
    if rule.category == "breathing" and scan.says(_SLEEP_PARALYSIS) and scan.says(_PASSES_AND_RECURS):
        return False
    # a face sign that a diagnosed Bell's palsy explains does not count, nor a face alone that the dentist's numbing
    # today explains; a weak arm or slurred speech still does
    explained = rule.category == "stroke" and scan.says(_BELLS_DIAGNOSED) or (
        rule.dental_numbing_explains_face and _numbed_by_dentist(scan.says))
    matches = rule.pattern.finditer(sentence.text)
    return any(not (explained and _FACE.search(m.group(0))) and not _suppressed(rule, scan, sentence, m)
               for m in matches)


#: The dentist's numbing, told with the numbness it leaves: "Had a filling on a bottom back tooth 2 hours ago. Half my
#: lower lip and chin are still numb and my smile looks lopsided" (session 40's held-out round AS; the face rule's own
#: exclusions read only its sentence). Only for the rules that read a face alone
#: (``Rule.dental_numbing_explains_face``), and not for a visit days back: "she had a dentist visit last week and
#: tonight ... her face is drooping and her speech is slurry" is a stroke.
_DENTIST = re.compile(r"\b(?:fillings?|root canal|dentists?|dental|wisdom tooth"
                      r"|tooth (?:out|pulled|taken out|extracted)|crown)\b")
_NUMB = re.compile(r"\b(?:numb\w*|novocaine|anaesthetic|anesthetic|injection)\b")
_DAYS_BACK = re.compile(r"\b(?:last (?:week|month)|yesterday|(?:days?|weeks?|months?) ago|the other day)\b")


def _numbed_by_dentist(says: Callable[[re.Pattern[str]], bool]) -> bool:
    """The text tells of the dentist's numbing, and not of a visit days back; ``says``: whether the text matches a
    pattern (:meth:`_Scan.says` for the rules, a search of the folded text for the classifier's calm cues)."""
    return says(_DENTIST) and says(_NUMB) and not says(_DAYS_BACK)


#: A person cared for as dying: in hospice, palliative or comfort care, or not to be resuscitated. Their breathing
#: that stops and starts, a rattle, not waking up are what their carers are told to expect; "call 911 and start CPR"
#: is wrong for them (session 32's blind review R: "my dad has end stage lung cancer and has been in home hospice ...
#: he is not really waking up anymore. The hospice nurse came this morning and said this is expected").
_EXPECTED_DYING = re.compile(
    # not denied: "shes not on end of life care shes still having treatment", "curative chemo, no DNR nothing like that"
    # (session 46's held-out round BV: a breathless grandmother with lung cancer, a wife collapsed without a pulse)
    r"(?<!\bno )(?<!\bnot )(?<!\bnot on )(?<!\bnot in )(?<!\bnot under )(?<!\bisnt on )(?<!\bisnt in )(?<!\bnot a )"
    r"(?<!\bnever )(?<!\bwithout )(?<!\bno talk of )(?<!\bnot for )"
    r"\b(?:hospice|end of life care|comfort care|comfort measures|actively dying|dnr|do not resuscitate|dnacpr"
    # palliative care, not a palliative treatment given to someone not yet dying
    r"|palliative(?! (?:chemo\w*|radio\w*|radiation|surgery|treatment|stent\w*|intent)))\b")
#: A Bell's palsy the text says was diagnosed ("Diagnosed with Bell's palsy in the ER on Monday (they did a scan, said
#: not a stroke). Right side of my face still droops": session 32's second held-out triage round); not one the writer
#: only guesses at ("is it Bell's palsy?").
_BELLS_DIAGNOSED = re.compile(r"\b(?:diagnosed|told|confirmed|said|says) (?:\w+ ){0,4}bells? palsy\b"
                              r"|\bbells? palsy (?:\w+ ){0,3}(?:diagnosed|confirmed)\b")
#: A stroke sign of the face, which such a diagnosis explains.
_FACE = re.compile(r"\b(?:face|facial|mouth|smile|lips?|eye|eyes)\b")
#: The kinds of alarm that such a text does not raise; the others (a carer's own chest pain, a bleed, an overdose)
#: still do.
_EXPECTED_IN_DYING = frozenset({"unconscious", "cardiac_arrest", "breathing"})
#: What ends every alarm of a kind wherever the text says it (the category's own :attr:`Rule.unless_said`): a person
#: cared for as dying, a feared swallow all accounted for, a cleaner in the mouth (the poison's, not an object to slap
#: out).
_CATEGORY_UNLESS_SAID: Mapping[str, re.Pattern[str]] = {
    **{category: _EXPECTED_DYING for category in _EXPECTED_IN_DYING},
    "overdose_poisoning": ALL_ACCOUNTED_FOR,
    "choking": CLEANER_IN_THE_MOUTH,
}

#: Waking unable to move, with a weight on the chest and breathing that feels stopped: sleep paralysis, told as
#: something that passes or comes back ("I wake up in the night and I can't move at all ... sitting on my chest and I
#: can't breathe properly. It lasts maybe 30 seconds ... then suddenly I can move again", session 33's blind review Y).
#: It silences the breathing alarms only; a weak side or slurred speech on waking still alarms as a stroke.
_SLEEP_PARALYSIS = re.compile(r"\bsleep paralysis\b"
                              r"|\b(?:wake|wakes|woke|waking) up\b.{0,80}\b(?:cant|couldnt|cannot|unable to) move\b"
                              r"|\b(?:cant|couldnt|cannot|unable to) move\b.{0,60}\b(?:wake|wakes|woke|waking) up\b")
_PASSES_AND_RECURS = re.compile(r"\b(?:can move again|could move again|it passes|then it passes|goes away|went away|"
                                r"then it goes|(?:two|three|four|five|several|a few|many|\d+) times|every night|"
                                r"every few (?:nights|days|weeks|months)|keeps happening|happened (?:before|again)"
                                # named by the writer or a doctor (session 33's third triage round)
                                r"|sleep paralysis)\b")

#: Kinds whose danger does not end when another sentence says the person seems fine now.
_NOT_OVER_WHEN_FINE = frozenset({"suicide_self_harm", "overdose_poisoning"})
#: Kinds whose danger ends with the sign: breathing that is easy again is over. A sudden onset told of a recent
#: past ("yesterday ... suddenly ... I couldn't breathe") does not keep such a story live once another sentence says
#: the person is fine now (session 27's blind review: a panic attack at the mall that "went away after about 10
#: minutes and I feel fine today"). A seizure likewise, dated by this sentence or one before it (session 31's blind
#: review O: "Last month my son who is 14 months old had a seizure. ... suddenly his eyes rolled back and his arms and
#: legs were jerking ... he is totally back to normal now, running around. ... Will this happen again?"). Not stroke
#: or chest pain: signs that passed yesterday still need care today.
_OVER_WHEN_PASSED = frozenset({"breathing", "seizure"})


#: The writer says the thoughts have been gone for years: "no thoughts like that for years", "I haven't had thoughts of
#: hurting myself in years".
_NO_THOUGHTS_FOR_YEARS = re.compile(
    r"\b(?:no|not had any|not had|havent had any|havent had|have not had|havent felt|never had any) (?:\w+ ){0,2}"
    r"(?:thoughts?|urges?|feelings?|ideas?)\b(?: (?:like (?:that|those|this)|of (?:\w+ ){0,2}"
    r"(?:hurting|harming|killing|ending) (?:myself|my life)))? (?:for|in) (?:over |more than |about |nearly |almost )?"
    r"(?:(?:many|several|a few|\d+|two|three|four|five|six|seven|eight|nine|ten) )?(?:years|ages|a long time|a decade"
    # ... or months (session 44's held-out round BM: "About a year ago I went through a really dark patch and had
    # thoughts of ending it ... no thoughts like that for months")
    r"|decades|months)\b"
    # "I've been well for over three years now ... No thoughts like that at all anymore" (session 38's held-out round
    # AM)
    r"|\bno (?:\w+ ){0,2}thoughts? like (?:that|those|this) (?:at all )?any ?more\b")
#: ... and nothing brings them back to now.
_BACK_TO_NOW = re.compile(
    r"\b(?:tonight|today|right now|lately|recently|these days|this week|coming back|came back|creeping back"
    # not a life taken up again ("new job, engaged, running again": session 38's held-out round AM)
    r"|(?<!running )(?<!exercising )(?<!working )(?<!dating )(?<!travelling )(?<!swimming )again"
    # (not "any tips that aren't more pills" for sleep: session 44's held-out round BM)
    r"|started (?:again|coming)|(?<!more )(?:pills|tablets)|plan|planning"
    # a turn back to now, not any "but" ("My GP is happy for me to think about stopping but I've read horror stories",
    # session 38's held-out round AM)
    r"|but (?:\w+ ){0,3}(?:lately|recently|now|today|tonight|last night|this (?:week|month|morning)|these days|again"
    r"|sometimes|still))\b")


def _years_behind(scan: _Scan, index: int) -> bool:
    """A suicide or self-harm match in a sentence dated years back (_DISTANT_PAST: "When I was 19 ... had thoughts of
    ending my life", "I tried to kill myself six years ago"), told by a writer who says the thoughts have been gone
    for years, with no word that brings them back to now (session 31's two blind triage rounds: both asked a routine
    question about their therapy and got the crisis message)."""
    texts = [sentence.text for sentence in scan.sentences]
    if (not any(_NO_THOUGHTS_FOR_YEARS.search(text) for text in texts)
            or any(_BACK_TO_NOW.search(text) for text in texts)):
        return False
    # the dated sentence, or the denial itself ("I haven't had thoughts of hurting myself in years")
    return _DISTANT_PAST.search(texts[index]) is not None or _NO_THOUGHTS_FOR_YEARS.search(texts[index]) is not None


def _recovered_elsewhere(scan: _Scan, index: int, rule: Rule) -> bool:
    """Another sentence says the person is fine or recovering now, and this one has no urgency
    word: the signs in this one are the story of what happened ("Last month her face got weak.
    ... Her face is slowly getting better")."""
    sentence = scan.sentences[index].text
    live = scan.is_live(sentence)
    if live and rule.category in _OVER_WHEN_PASSED and (not scan.has_cue("live", sentence)
                                                       or _only_event_words(sentence)):
        # a sudden onset dated to a recent past is the story: dated in this sentence, or (a seizure) in one before it;
        # the paramedics who came then do not make it now ("my father's fit from last March ... he went stiff and then
        # jerked, and the paramedics came and checked him at the time ... completely fine since": session 44's
        # held-out set emergency_holdout7, a rule false alarm until session 46)
        dated = [sentence] + ([other.text for other in scan.sentences[:index]] if rule.category == "seizure" else [])
        live = not any(scan.has_cue("past", text) for text in dated)
    # a weak word of now ("this afternoon") dates a sign of these kinds that is over when another sentence says so
    # (session 33's blind review Y: a toddler's breath-holding spell "this afternoon ... his lips went blue ... he's
    # totally fine now")
    if live or (scan.has_cue("live_weak", sentence) and rule.category not in _OVER_WHEN_PASSED):
        return False
    return any(scan.has_cue("recovered", other.text) for i, other in enumerate(scan.sentences) if i != index)


def rule_alarm_settable(category: str, text: str) -> bool:
    """Whether a rule's alarm of kind ``category`` may be set aside by the writer of ``text``: they name a condition
    of theirs that explains the signs (:data:`~safety.patterns.SETTABLE_RULE_ALARMS`: panic attacks, for a breathing
    alarm). Never a suicide, overdose, chest-pain or stroke alarm."""
    cue = SETTABLE_RULE_ALARMS.get(category)
    return cue is not None and cue.search(normalize(text)) is not None


def first_rule(text: str) -> Rule | None:
    """The highest-priority rule that fires anywhere in ``text``, or ``None``."""
    if not text or not text.strip():
        return None
    scan = _Scan(split_sentences(text))
    first = next((rule for rule in RULES if _fires(rule, scan)), None)
    if first is None:
        return None
    stronger = _GIVES_WAY_TO.get(first.category, ())
    return next((rule for rule in RULES if (rule.category in stronger or rule.rule_id in stronger)
                 and _fires(rule, scan)), first)


def _fires(rule: Rule, scan: _Scan) -> bool:
    return any(_rule_fires(rule, scan, i) for i in range(len(scan.sentences)))


#: A category whose rule gives way to a later category's (or a named rule's) when a rule of that one fires too: in
#: someone who depends on steroids, a floppy, drowsy child or a fever is an adrenal crisis first, and its message has
#: the emergency injection (session 38's blind review: "my son 9 has addisons ... cant keep his hydrocortisone down, now
#: he is very pale cold and floppy and hard to wake" got the meningitis message). A breathing rule gives way to a
#: cardiac arrest's (whose message starts CPR only if the breathing is not normal): "wont wake up, hes making weird
#: snoring gasps every few seconds and his face is purple" (session 38's held-out round AL) is a collapse, not a
#: breathing difficulty.
_GIVES_WAY_TO: Mapping[str, tuple[str, ...]] = {
    "sepsis_meningitis": ("adrenal_crisis",),
    # ... and to a choking rule: "it went down wrong, hes grabbing his throat, cant speak or cough, his face is going
    # purple" needs back blows, not a reliever inhaler (session 39's held-out round AO)
    "breathing": ("cardiac_arrest", "choking", "infant_not_breathing",
                  # ... and to a seizure's: a fit of nearly 7 minutes with blue lips needs the seizure's first aid
                  # (session 41's held-out round AY)
                  "seizure",
                  # ... and to a stab or gunshot wound's: "stabbed in the chest, bleeding a lot and says he can't
                  # breathe" needs pressure on the wound (session 45's held-out round BS)
                  "bleeding.trauma", "es.bleeding"),
    # a baby not breathing gets infant CPR, and a newborn's jaundice with sleepiness the jaundice words (session 39's
    # held-out round AP: a baby pulled from the bath "not breathing and she's limp and grey" had the adult CPR words; a
    # baby yellow on his first day and hard to wake had the recovery position)
    "cardiac_arrest": ("infant_not_breathing",),
    # ... and someone with diabetes who will not answer, a meter reading low, gets the low sugar's words (glucagon,
    # nothing in the mouth) before the recovery position alone (session 41's held-out round AY: "CGM ... says 38 with
    # two arrows down ... won't answer me properly"); a ketoacidosis that is hard to wake keeps the unconscious words
    # first (by rule: the low sugar's rules, not the category)
    # ... and fits one after another without waking in between get the seizure's words (session 43's held-out rounds BE
    # and BF: "stopped shaking for a minute then started again and he hasnt woken up in between")
    # ... and someone who does not respond and gasps every few seconds is in cardiac arrest: the CPR words (session 44's
    # held-out round BJ, seen on a video call: "not responding to me shouting ... weird gasping noise every few seconds
    # then nothing")
    # ... and the Spanish low sugar's words too (session 44's held-out round BQ: "tiene diabetes tipo 1 ... sudando
    # frio, temblando, no me contesta bien y ahora casi no se despierta")
    "unconscious": ("newborn_jaundice", "unconscious.diabetic_low", "unconscious.diabetic_confused",
                    "diabetic.low_reading_not_answering", "seizure.back_to_back", "cardiac_arrest.agonal_breathing",
                    "es.diabetic_low"),
    # slurring after a spiked drink is the drug, not a stroke (session 38's held-out round AM)
    # ... and a sudden severe headache with flashing lights, a reading of 164/112 and pain under the ribs at 34 weeks is
    # pre-eclampsia's (session 41's held-out round AY)
    # ... and slurred speech with stopped shivering after hours wet on a hill is hypothermia's (session 42's held-out
    # round BB)
    "stroke": ("overdose_poisoning", "pregnancy_emergency", "unconscious.hypothermia",
               # ... and slurring with a stagger at 4,900 m is altitude sickness of the brain (session 42's held-out
               # round BC): go down
               "breathing.high_altitude",
               # ... and arms that will not move with legs that cannot be felt after a dive into the shallow end is the
               # neck (keep them still; session 44's held-out round BK: "should we sit him up")
               "spinal.after_injury", "spinal.limbs_after_neck_or_back_injury",
               # ... and slurred speech hours after a knock to the head is the head injury's (session 44's held-out
               # round BQ: "came off his bike no helmet and hit his head ... his speech is slurred")
               "head_injury.sign_after_knock"),
    # a leg red and swollen with red lines up it, a fever and confusion in a diabetic is sepsis first (session 42's
    # held-out round BD, after wading through flood water)
    "diabetic_emergency": ("sepsis.red_streaks_with_fever",),
    # a racing heart and a weird chest after 20 caffeine fat burners is the overdose (session 40's held-out round AU)
    # ... and a tight chest with itching all over and dizziness after a sting is anaphylaxis (adrenaline; session 43's
    # held-out round BF)
    "chest_pain": ("overdose_poisoning", "anaphylaxis"),
    # skin peeling off in sheets with mouth sores after a new medicine is a drug reaction (stop the medicine), not a
    # burn to cool (session 40's blind review XX: lamotrigine and Stevens-Johnson syndrome)
    "severe_burn": ("anaphylaxis",),
    # someone with a knife who says they will kill the writer and is at the door or in the house needs the police's
    # words, whatever their state of mind (session 45's held-out round BS)
    "mental_health_crisis": ("violence",),
}


#: A past of months or years: a year before this one, "years ago", "as a child", "when I was 19".
_DISTANT_PAST = re.compile(
    r"\bin (?:19\d\d|20[01]\d|202[0-5])\b|\b(?:\d+|a few|few|several|many|two|three|four|five|six|seven|eight|nine|ten)"
    r" (?:years?|months?) ago\b|\b(?:years|months|decades) ago\b"
    r"|\b(?:about |over |nearly |almost )?(?:a|one) year ago\b"
    r"|\bas a (?:child|kid|teen|teenager)\b"
    r"|\bwhen (?:i|he|she|they|we|(?:my|our|his|her) \w+) (?:was|were) (?:a |little|small|younger|only |\d+)")


def _only_event_words(text: str) -> bool:
    """Whether the only urgency words of ``text`` are words of the event itself (an ambulance, paramedics, 911) and
    nothing puts them now (EVENT_NOW)."""
    lives = [found.group(0) for found in LIVE_STRONG.finditer(text)]
    return bool(lives) and all(EVENT_WORDS.fullmatch(word) for word in lives) and EVENT_NOW.search(text) is None


def _told_as_story(text: str) -> bool:
    """Whether ``text`` is dated to the past and nothing puts the ambulance, 911 or the emergency now (EVENT_NOW):
    its EVENT_WORDS then tell the story ("3 weeks ago ... got rushed in by ambulance"), not urgency."""
    return PAST_CUES.search(text) is not None and EVENT_NOW.search(text) is None


#: "just now" dating an event told in the past, as "a few minutes ago" does ("she choked on a piece of apple just
#: now ... now she is breathing normal, laughing", "Just now he got fits again like usual ... now he is awake and
#: talking": session 42's held-out round BA, Indian and Philippine English).
_JUST_NOW_DATED = re.compile(
    r"\b(?:\w+ed|got|had|was|were|fell|took|ate|came|went|bit|hit|gave|did|threw|swallowed) (?:\w+ ){0,6}just now\b"
    r"|\bjust now (?:\w+ )?(?:he|she|they|i|we|it|baby|my \w+) (?:\w+ed|got|had|was|were|fell|took|ate|came|went|bit"
    r"|hit|gave|did|threw)\b")


#: An ambulance named in a plan's condition, not called now: "his seizure plan says call an ambulance only if it
#: goes past 5 minutes" (session 42's held-out round BD).
_AMBULANCE_IF = re.compile(r" (?:only )?(?:if|unless)\b")


def _dated_just_now(folded: str, found: re.Match[str]) -> bool:
    """Whether the "just now" ``found`` in ``folded`` dates an event told in the past (:data:`_JUST_NOW_DATED`)."""
    return _JUST_NOW_DATED.search(folded, max(0, found.start() - 60), found.end() + 40) is not None


def _urgent(folded: str, ignore: Sequence[tuple[int, int]] = ()) -> bool:
    """Whether the text says it is urgent now: a strong live cue other than a bare time ("2 hours ago") or a bare
    "just" ("it's just a small cut"), a "just now" that dates a past event (:func:`_dated_just_now`) or an ambulance
    named in a plan's condition ("an ambulance only if"), which date or play down the story rather than press it,
    nor a word of the event (an ambulance, 911) in a text dated to the past that does not put it now ("a seizure 3
    days ago ... ambulance came ... he is totally fine now"), and not inside one of the ``ignore`` spans."""
    story = _told_as_story(folded)

    def plays_down(m: re.Match[str]) -> bool:
        cue = m.group(0)
        return (cue.endswith(" ago") or cue == "just"
                or (cue == "just now" and _dated_just_now(folded, m))
                or (cue == "ambulance" and _AMBULANCE_IF.match(folded, m.end()) is not None)
                or (story and EVENT_WORDS.fullmatch(cue) is not None))

    return any(not plays_down(m) and not any(start <= m.start() and m.end() <= end for start, end in ignore)
               for m in LIVE_STRONG.finditer(folded))


def _mild_child_fever(folded: str) -> bool:
    """A child of six months or more with a temperature told below 39 C / 102.2 F, none higher, and no sign that
    makes a child's fever urgent (floppy, drowsy, a rash, breathing, not drinking, days of it...): blind review I of
    session 30, "My 8 month old has had a 101 fever since last night, keeps pulling at her left ear", got the
    classifier's meningitis and sepsis message."""
    return (CHILD_PAST_SIX_MONTHS.search(folded) is not None and MILD_FEVER_TOLD.search(folded) is not None
            and HIGH_FEVER_TOLD.search(folded) is None
            and FEVER_WARNING_SIGNS.search(FEVER_SIGNS_DENIED.sub(" ", folded)) is None)


#: Signs beyond the face, which the dentist's numbing does not explain.
_NOT_THE_FACE = re.compile(r"\b(?:arms?|legs?|hands?|feet|foot|speech|speak\w*|slurr\w*|words|confus\w*|vision|see"
                           r"|sight|headache|walk\w*|balance|dizzy|faint\w*|breath\w*|swell\w*|swollen|throat)\b")


def _face_numbed_by_dentist(folded: str) -> bool:
    """A face numb or drooping after the dentist's numbing today, with no sign beyond the face ("Left side of my face
    is numb, my lip is drooping ... two fillings done at the dentist about an hour ago with the injection": session
    41's held-out round AW, which the rules let pass and the classifier alarmed on)."""
    def found(pattern: re.Pattern[str]) -> bool:
        return pattern.search(folded) is not None

    return _numbed_by_dentist(found) and not found(_NOT_THE_FACE)


def _calm(folded: str) -> bool:
    """Whether the writer rules the danger out now (REASSURED_CUES), says the person is fine or recovered now
    (RECOVERED_CUES: "he is totally fine now", "now completely back to normal", "she is her normal self"; session
    25's held-out triage set), tells a mild fever in a child past six months (:func:`_mild_child_fever`) or asks how
    to prevent it happening again (PREVENTION_CUES: the event is over) or how much of a medicine is safe in a day
    with nothing told as taken (SAFE_DOSE_CUES), and nothing else says it is urgent. The
    "again" of the prevention question is not read as urgency ("prevent him from falling again")."""
    if (REASSURED_CUES.search(folded) or RECOVERED_CUES.search(folded) or _mild_child_fever(folded)
            or _face_numbed_by_dentist(folded)
            or (SAFE_DOSE_CUES.search(folded) and not TAKEN_TOLD.search(folded))) and not _urgent(folded):
        return True
    spans = [m.span() for m in PREVENTION_CUES.finditer(folded)]
    return bool(spans) and not _urgent(folded, ignore=spans)


#: The categories that have their own message: the kinds a classifier may name.
MESSAGE_CATEGORIES = frozenset(_MESSAGES)


class Triage:
    """Emergency triage with messages worded for one country's contacts: the rules on the text
    (:meth:`check`), then, when a classifier is given, the message's vector (:meth:`check_vector`)."""

    def __init__(
        self, contacts: EmergencyContacts | None = None, classifier: EmergencyClassifier | None = None
    ) -> None:
        """Use ``contacts`` for messages (default: United States)."""
        self.contacts = contacts if contacts is not None else contacts_for("US")
        if classifier is not None and classifier.kinds is not None:
            unknown = set(classifier.kinds.categories) - MESSAGE_CATEGORIES
            if unknown:
                raise ClassifierError(f"the classifier names kinds with no message: {', '.join(sorted(unknown))}")
        self.classifier = classifier

    #: Languages :meth:`message` writes in besides English.
    message_languages = MESSAGE_LANGUAGES

    def message(self, category: str, text: str, language: str | None = None, rule: str = "") -> str:
        """The message for ``category`` told in ``text`` (found by ``rule``), in ``language`` where the
        messages are written in it (:data:`MESSAGE_LANGUAGES`), else English."""
        return emergency_message(category, self.contacts, text, language, rule)

    def check(self, text: str) -> Emergency | None:
        """Return the emergency described in ``text``, or ``None`` if there is none."""
        rule = first_rule(text)
        if rule is None:
            return None
        message = emergency_message(rule.category, self.contacts, text, rule=rule.rule_id)
        return Emergency(rule.category, message, rule.rule_id, rule_alarm_settable(rule.category, text))

    def check_vector(self, vector: np.ndarray, text: str) -> Emergency | None:
        """The classifier's verdict on message ``text`` from its vector (made by the encoder the
        classifier was checked against, :meth:`EmergencyClassifier.check_encoder`); ``None``
        without a classifier or for a message too short for it. The kind's own message when the
        classifier can name the kind, else the generic ``possible_emergency`` one."""
        if self.classifier is None or not self.classifier.flags(vector, text):
            return None
        folded = normalize(text)
        if _calm(folded):
            # The writer rules the danger out now ("still playing and drinking", "stopped after I pressed on it",
            # "no trouble breathing") and nothing says it is urgent: a question, not an emergency (session 22: six
            # false alarms gone, three of the triage sets, a dev question, two of a blind review; no emergency of
            # any labelled set lost).
            return None
        category = self.classifier.kind(vector) or POSSIBLE_EMERGENCY
        if category in _EXPECTED_IN_DYING | {POSSIBLE_EMERGENCY} and _EXPECTED_DYING.search(folded):
            # the breathing, waking and stillness of a person cared for as dying, which the rules leave alone too
            return None
        if category == "suicide_self_harm" and not SELF_HARM_CUES.search(folded):
            # The kind model picks among emergencies only; a message with no word of self-harm or
            # despair gets the generic message, which still names the crisis line.
            category = POSSIBLE_EMERGENCY
        elif category == "unconscious" and DIABETES_CUES.search(folded):
            category = "diabetic_emergency"
        elif category == "severe_bleeding" and URINE_CUES.search(folded) and not WOUND_CUES.search(folded):
            # red urine is no wound to press on: the generic message
            category = POSSIBLE_EMERGENCY
        return Emergency(category, emergency_message(category, self.contacts, text), CLASSIFIER_RULE)
