// The kiosk reading itself aloud while speech is on: each new screen or dialog (its heading, lead,
// its text, then the focused control), each control the customer moves to, each character
// typed, and every message the page announces to screen readers (errors, "ticket printed", the idle
// warning's seconds). It watches the DOM the screens draw, so a new screen needs nothing of its own
// to be spoken; private values are said as "hidden". Loaded only once speech is first turned on.
import type { Speaker } from '../../kit/speech/speaker.ts';
import type { SpokenText } from '../../kit/speech/speech-engine.ts';
import { describeControl, describeText } from './speech-control.ts';
import { typedEcho } from './speech-typing.ts';
import { isShown, isTextField, plainText, textParts, type SpeechWords } from './speech-text.ts';

/** Lets a screen finish drawing (React's commit, then its focus effect) before it is read. */
const settleMs = 80;

/** What screen readers announce as it changes: alerts interrupt, the rest waits its turn. */
const liveRegions = '[aria-live]:not([aria-live="off"]), [role="alert"], [role="status"], [role="log"]';
const urgentRegions = '[aria-live="assertive"], [role="alert"]';
/** Open dialogs: native ones, and those drawn as dialogs (a tutorial's coach mark). */
const dialogs = 'dialog[open], [role="dialog"]:not(dialog), [role="alertdialog"]:not(dialog)';

export interface SelfVoicing {
  /** "Where am I": the screen's heading, the focused control and how the keys work. */
  whereAmI(): void;
  stop(): void;
}

export interface SelfVoicingDeps {
  speaker: Speaker;
  /** The translator and language of this moment (the customer may just have chosen another). */
  words: () => SpeechWords;
  page: Document;
}

interface Shown {
  root: Element;
  /** The flow step (one screen name, many steps), or a dialog's title (a tour's tips share one dialog). */
  step: string | null;
}

function sameView(one: Shown | null, other: Shown | null): boolean {
  return one !== null && other !== null && one.root === other.root && one.step === other.step;
}

function isDialog(element: Element): boolean {
  return element.matches(dialogs);
}

export function startSelfVoicing({ speaker, words, page }: SelfVoicingDeps): SelfVoicing {
  let shown: Shown | null = null;
  /** The last screen (not dialog) read: when a dialog closes over it, it is not read again. */
  let lastScreen: Shown | null = null;
  let focused: Element | null = null;
  let value = '';
  /**
   * Whether the customer pressed or touched anything since the last screen was read. Focus that
   * moves on its own (a dialog or tour focusing its button a moment after it appears) is said after
   * the screen's text; focus the customer moves cuts what is being said.
   */
  let actedSinceRead = false;
  const regionTexts = new WeakMap<Element, string>();
  const changedRegions = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function openDialog(): Element | null {
    return [...page.querySelectorAll(dialogs)].filter(isShown).at(-1) ?? null;
  }

  function current(): Shown | null {
    const dialog = openDialog();
    if (dialog) return { root: dialog, step: headingOf(dialog)?.textContent ?? null };
    const screen = page.querySelector('[data-screen]');
    return screen ? { root: screen, step: screen.getAttribute('data-step') } : null;
  }

  function headingOf(root: Element): Element | null {
    const titleId = root.getAttribute('aria-labelledby');
    return (titleId ? page.getElementById(titleId) : null) ?? root.querySelector('h1, h2');
  }

  function say(sentences: SpokenText[], interrupt: boolean): void {
    sentences.forEach(({ text, language }, index) => speaker.say(text, language, { interrupt: interrupt && index === 0 }));
  }

  /** The focused control, unless focus is on the heading just read (a new screen puts it there). */
  function controlSentences(root: Element, wording: SpeechWords): SpokenText[] {
    const control = page.activeElement;
    if (!control || control === page.body || control === root || control === headingOf(root)) return [];
    return describeControl(control, wording);
  }

  /**
   * A screen: its heading, lead and the text of its body (what the host answered, the ticket, a
   * review of the entries), without its controls. A dialog: its title and text, and what it reports
   * beside them (the idle warning's seconds). Then the focused control.
   */
  function screenSentences(root: Element, wording: SpeechWords): SpokenText[] {
    const heading = headingOf(root);
    const leadId = root.getAttribute('aria-describedby');
    const lead = (leadId ? page.getElementById(leadId) : null) ?? root.querySelector('.screen__lead');
    const body = root.querySelector('.screen__body');
    const reports = [...root.querySelectorAll(liveRegions)].filter(
      (report, index, all) => !all.slice(0, index).some((earlier) => earlier.contains(report)) && !lead?.contains(report) && !report.closest('[data-screen] > :not(main)'),
    );
    for (const region of root.querySelectorAll(liveRegions)) regionTexts.set(region, plainText(region, wording));
    return [
      ...describeText(heading, wording),
      ...describeText(lead, wording),
      ...(body ? textParts(body, wording, { withoutControls: true }) : reports.flatMap((report) => describeText(report, wording))),
      ...controlSentences(root, wording),
    ];
  }

  function look(): void {
    const wording = words();
    const now = current();
    const control = page.activeElement;
    if (now && !sameView(now, shown)) {
      const first = shown === null;
      // Back on the screen a dialog covered: the customer knows it; only where focus lands is new.
      const uncovered = sameView(now, lastScreen);
      shown = now;
      if (!isDialog(now.root)) lastScreen = now;
      if (!uncovered) {
        actedSinceRead = false;
        focused = control;
        value = isTextField(control) ? control.value : '';
        changedRegions.clear();
        // The first screen follows "speech on" and its key guide; every later one replaces what was being said.
        say(screenSentences(now.root, wording), !first);
        return;
      }
    }
    if (control !== focused) {
      focused = control;
      value = isTextField(control) ? control.value : '';
      if (shown && control && control !== page.body && control !== headingOf(shown.root)) say(describeControl(control, wording), actedSinceRead);
    } else if (isTextField(control) && control.value !== value) {
      const echo = typedEcho(control, value, wording);
      value = control.value;
      if (echo) speaker.say(echo, wording.language, { interrupt: true });
    }
    for (const region of changedRegions) {
      if (!region.isConnected) continue;
      const text = plainText(region, wording);
      if (text && text !== regionTexts.get(region)) speaker.say(text, wording.language, { interrupt: region.matches(urgentRegions) });
      regionTexts.set(region, text);
    }
    changedRegions.clear();
  }

  function soon(): void {
    clearTimeout(timer);
    timer = setTimeout(look, settleMs);
  }

  const watcher = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
      const region = target?.closest(liveRegions);
      if (region) changedRegions.add(region);
      for (const added of mutation.addedNodes) {
        if (!(added instanceof Element)) continue;
        if (added.matches(liveRegions)) changedRegions.add(added);
        for (const inner of added.querySelectorAll(liveRegions)) changedRegions.add(inner);
      }
    }
    soon();
  });
  watcher.observe(page.body, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['open', 'data-step'] });
  // Typing shows in a field's value, which no mutation reports: the keys and taps that type are watched instead.
  const events = ['focusin', 'input', 'keyup', 'click'] as const;
  for (const event of events) page.addEventListener(event, soon, { capture: true, passive: true });
  const acted = () => {
    actedSinceRead = true;
  };
  const actions = ['keydown', 'pointerdown'] as const;
  for (const event of actions) page.addEventListener(event, acted, { capture: true, passive: true });
  look();

  return {
    whereAmI() {
      const wording = words();
      const now = current();
      if (!now) return;
      say([...describeText(headingOf(now.root), wording), ...controlSentences(now.root, wording)], true);
      speaker.say(wording.t('speech.keyGuide'), wording.language);
    },
    stop() {
      clearTimeout(timer);
      watcher.disconnect();
      for (const event of events) page.removeEventListener(event, soon, { capture: true });
      for (const event of actions) page.removeEventListener(event, acted, { capture: true });
    },
  };
}
