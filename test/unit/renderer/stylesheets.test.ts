// Each component imports the stylesheets that style the classes it writes, so no screen's look
// hangs on another screen having loaded first; every stylesheet is imported and every class styled.
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const rendererRoot = fileURLToPath(new URL('../../../renderer/', import.meta.url));

/** Tokens, reset and shared pieces (.button, .status, .problem): main.tsx imports them once for every app. */
const globalStylesheet = 'kit/base.css';

/** Classes a component writes that no stylesheet styles, each with why it is written anyway (none today). */
const unstyledClasses: Record<string, string> = {};

/** Stylesheets a module imports without writing their classes itself, each with why. */
const importsForOthers: Record<string, string> = {
  'kiosk/tutorials/TutorialTour.tsx → kiosk/tutorials/tutorial-tour.css': 'it renders Joyride, whose dimmed overlay the stylesheet lets touches through',
};

/** Renderer files by their path under renderer/, with their text. */
type Sources = ReadonlyMap<string, string>;

interface StylesheetProblems {
  /** Stylesheets no module imports: they never reach the page. */
  unimported: string[];
  /** A class a component writes, styled only in stylesheets it does not import. */
  notImported: { component: string; className: string; stylesheets: string[] }[];
  /** A class a component writes that no stylesheet styles (a typo, or a leftover). */
  unstyled: { component: string; className: string }[];
  /** A stylesheet a component imports but whose classes it never writes. */
  needless: { component: string; stylesheet: string }[];
}

function checkStylesheets(sources: Sources): StylesheetProblems {
  const paths = [...sources.keys()];
  const stylesheets = paths.filter((path) => path.endsWith('.css'));
  const classesOf = new Map(stylesheets.map((path) => [path, classesStyled(sources.get(path) ?? '')]));
  const importsOf = new Map(paths.filter(isModule).map((path) => [path, stylesheetsImported(path, sources.get(path) ?? '')]));
  const globalClasses = classesOf.get(globalStylesheet) ?? new Set<string>();
  const unimported = stylesheets.filter((stylesheet) => ![...importsOf.values()].some((imported) => imported.includes(stylesheet)));
  const problems: StylesheetProblems = { unimported, notImported: [], unstyled: [], needless: [] };

  for (const [component, imported] of importsOf) {
    if (!component.endsWith('.tsx')) continue;
    const written = classesWritten(component, sources.get(component) ?? '');
    for (const className of written) {
      if (globalClasses.has(className)) continue;
      const styling = stylesheets.filter((stylesheet) => classesOf.get(stylesheet)?.has(className));
      if (styling.length === 0) problems.unstyled.push({ component, className });
      else if (!styling.some((stylesheet) => imported.includes(stylesheet))) problems.notImported.push({ component, className, stylesheets: styling });
    }
    for (const stylesheet of imported) {
      if (stylesheet === globalStylesheet) continue;
      if (![...written].some((className) => classesOf.get(stylesheet)?.has(className))) problems.needless.push({ component, stylesheet });
    }
  }
  return problems;
}

function isModule(path: string): boolean {
  return path.endsWith('.ts') || path.endsWith('.tsx');
}

/** The stylesheets a module imports, by their path under renderer/. */
function stylesheetsImported(path: string, source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((name) => name.endsWith('.css'))
    .map((name) => posix.join(posix.dirname(path), name));
}

/** Every class a selector names, wherever in the selector (`.a .b:has(> .c)` names a, b and c). */
function classesStyled(css: string): Set<string> {
  const classes = new Set<string>();
  const uncommented = css.replace(/\/\*[\s\S]*?\*\//g, '');
  // A selector is the text before a `{` since the last `{`, `}` or `;`; an at-rule's (@media) is none.
  for (const [, prelude = ''] of uncommented.matchAll(/(?<=^|[{};])([^{};]*)\{/g)) {
    if (prelude.trim().startsWith('@')) continue;
    for (const [, className = ''] of prelude.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)) classes.add(className);
  }
  return classes;
}

/** The classes a component writes in its className attributes: whole static tokens only. */
function classesWritten(path: string, source: string): Set<string> {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const classes = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && node.name.text === 'className' && node.initializer) {
      for (const text of staticTexts(node.initializer)) {
        for (const token of text.split(/\s+/)) if (token) classes.add(token);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return classes;
}

/**
 * The texts an attribute's value can be made of, in whole tokens: the strings of `a ? 'x' : 'y'`
 * (not the strings `a` is compared with), and a template's own text without the token a
 * placeholder joins (`screen--${name}` gives no class; `dialog ${extra}` gives `dialog`).
 */
function staticTexts(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isJsxExpression(node)) return node.expression ? staticTexts(node.expression) : [];
  if (ts.isParenthesizedExpression(node)) return staticTexts(node.expression);
  if (ts.isConditionalExpression(node)) return [...staticTexts(node.whenTrue), ...staticTexts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const operator = node.operatorToken.kind;
    if (operator === ts.SyntaxKind.AmpersandAmpersandToken) return staticTexts(node.right);
    if (operator === ts.SyntaxKind.BarBarToken || operator === ts.SyntaxKind.QuestionQuestionToken) return [...staticTexts(node.left), ...staticTexts(node.right)];
    return [];
  }
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'trim') {
    return staticTexts(node.expression.expression);
  }
  if (ts.isTemplateExpression(node)) {
    const literals = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
    const texts = literals.map((literal, index) => {
      let text = literal;
      if (index > 0 && /^\S/.test(text)) text = text.replace(/^\S+/, '');
      if (index < literals.length - 1 && /\S$/.test(text)) text = text.replace(/\S+$/, '');
      return text;
    });
    // A placeholder with space on both sides is a whole token or more: `${busy ? 'busy' : ''}`.
    const placeholders = node.templateSpans.filter((span, index) => /(^|\s)$/.test(literals[index] ?? '') && /^(\s|$)/.test(span.literal.text));
    return [...texts, ...placeholders.flatMap((span) => staticTexts(span.expression))];
  }
  return [];
}

function rendererSources(): Sources {
  const paths = readdirSync(rendererRoot, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => isModule(path) || path.endsWith('.css'));
  return new Map(paths.map((path) => [path, readFileSync(`${rendererRoot}${path}`, 'utf8')]));
}

describe("the renderer's stylesheets", () => {
  const problems = checkStylesheets(rendererSources());

  it('are each imported by a module', () => {
    expect(problems.unimported).toEqual([]);
  });

  it('are imported by every component that writes their classes', () => {
    const missing = problems.notImported.map(({ component, className, stylesheets }) => `${component} writes .${className}, styled in ${stylesheets.join(', ')}`);
    expect(missing).toEqual([]);
  });

  it('style every class a component writes, but for the listed ones', () => {
    const unstyled = problems.unstyled.filter(({ className }) => !(className in unstyledClasses));
    expect(unstyled.map(({ component, className }) => `${component} writes .${className}`)).toEqual([]);
  });

  it('are imported only by components that write their classes, but for the listed ones', () => {
    const needless = problems.needless.map(({ component, stylesheet }) => `${component} → ${stylesheet}`).filter((pair) => !(pair in importsForOthers));
    expect(needless).toEqual([]);
  });

  it('list no exception that no longer holds', () => {
    const stillUnstyled = new Set(problems.unstyled.map(({ className }) => className));
    const stillNeedless = new Set(problems.needless.map(({ component, stylesheet }) => `${component} → ${stylesheet}`));
    const stale = [...Object.keys(unstyledClasses).filter((name) => !stillUnstyled.has(name)), ...Object.keys(importsForOthers).filter((pair) => !stillNeedless.has(pair))];
    expect(stale).toEqual([]);
  });
});

describe('the stylesheet check', () => {
  const optionList = '.option-list { display: flex; }\n.option-button:active:not([aria-disabled=\'true\']) { transform: translateY(4px); }\n';
  const chooseStep = (imports: string, jsx: string) => `${imports}\nexport function ChooseStep() {\n  return ${jsx};\n}\n`;
  const sources = (entries: Record<string, string>): Sources =>
    new Map(Object.entries({ 'main.tsx': "import './kit/base.css';\n", 'kit/base.css': '.button { cursor: pointer; }\n', ...entries }));

  it('fails a component that writes a class from a stylesheet it does not import', () => {
    const problems = checkStylesheets(
      sources({
        'kiosk/steps/option-list.css': optionList,
        'kiosk/steps/ChooseStep.tsx': chooseStep('', '<ul className="option-list" />'),
        'kiosk/steps/NumberStep.tsx': chooseStep("import './option-list.css';", '<button className="button option-button" />'),
      }),
    );
    expect(problems.notImported).toEqual([{ component: 'kiosk/steps/ChooseStep.tsx', className: 'option-list', stylesheets: ['kiosk/steps/option-list.css'] }]);
  });

  it('fails a class that no stylesheet styles, but not one of base.css', () => {
    const problems = checkStylesheets(
      sources({
        'kiosk/steps/option-list.css': optionList,
        'kiosk/steps/ChooseStep.tsx': chooseStep("import './option-list.css';", '<ul className="option-lst"><li className="button" /></ul>'),
      }),
    );
    expect(problems.unstyled).toEqual([{ component: 'kiosk/steps/ChooseStep.tsx', className: 'option-lst' }]);
  });

  it('fails a stylesheet that no module imports', () => {
    const problems = checkStylesheets(sources({ 'kiosk/steps/option-list.css': optionList }));
    expect(problems.unimported).toEqual(['kiosk/steps/option-list.css']);
  });

  it('fails a stylesheet imported by a component that writes none of its classes', () => {
    const problems = checkStylesheets(
      sources({
        'kiosk/steps/option-list.css': optionList,
        'kiosk/steps/ChooseStep.tsx': chooseStep("import './option-list.css';", '<ul className="option-list" />'),
        'kiosk/steps/StepFrame.tsx': chooseStep("import './option-list.css';", '<div className="button" />'),
      }),
    );
    expect(problems.needless).toEqual([{ component: 'kiosk/steps/StepFrame.tsx', stylesheet: 'kiosk/steps/option-list.css' }]);
  });

  it('reads the strings a className can take, not the strings it compares or the names it builds', () => {
    const jsx = `<>
      <li className={chosen === 'yes' ? 'option-button option-button--chosen' : 'option-button'} />
      <li className={busy && 'busy'} />
      <li className={\`screen screen--\${name} \${extra ?? 'plain'} \${size}px\`.trim()} />
    </>`;
    const problems = checkStylesheets(sources({ 'kiosk/Fixture.tsx': chooseStep('', jsx) }));
    expect(problems.unstyled.map(({ className }) => className)).toEqual(['option-button', 'option-button--chosen', 'busy', 'screen', 'plain']);
  });
});
