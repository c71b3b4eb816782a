// Order codes as the store's flow defines them: tidied the way the host tidies them, then checked
// against the configured pattern before bothering the host.
export function normalizeOrderCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

export function checkOrderCode(code: string, codePattern: string): 'ok' | 'empty' | 'invalid' {
  const normalized = normalizeOrderCode(code);
  if (!normalized) return 'empty';
  let pattern: RegExp;
  try {
    pattern = new RegExp(codePattern);
  } catch {
    // The config check reports a broken pattern to the operator; the customer should not be stuck.
    return 'ok';
  }
  return pattern.test(normalized) ? 'ok' : 'invalid';
}
