/** The document around every HTML page; all demo pages are English. */
export function htmlDocument(head: string, bodyClass: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
${head}
<body class="${bodyClass}">
${body}
</body>
</html>
`;
}

/** An ad placeholder: the label only, no third-party script (the demo runs offline). */
export function adSlot(label: string, className = 'ad-slot'): string {
  return `<div class="${className}"><div>${label}</div></div>`;
}
