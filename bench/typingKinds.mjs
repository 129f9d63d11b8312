// The kinds of edit the typing bench makes, as a person types them: shared by bench/run.mjs
// (over LSP) and bench/keystroke.ts (in-process, step by step). Each takes the file's lines
// and a line index to start looking from, and gives the edits (made, then undone) and where
// to ask for hover and completion.
export const TYPING_KINDS = {
  // A character typed at the end of a host name (`host host-123x {`), then deleted.
  'host name': (lines, i) => {
    const j = findLine(lines, i, (l) => l.startsWith('host '));
    const col = lines[j].indexOf(' {');
    return { line: j, edits: [insert(j, col, 'x'), remove(j, col, 1)], hover: { line: j, character: 2 } };
  },
  // A digit typed into an option value (`option routers 10.1.0.19;`), then deleted.
  'option value': (lines, i) => {
    const j = findLine(lines, i, (l) => l.includes('option routers'));
    const col = lines[j].indexOf(';');
    return { line: j, edits: [insert(j, col, '9'), remove(j, col, 1)], hover: { line: j, character: 4 } };
  },
  // A character typed into the peer name of a pool (the reference breaks, then heals).
  'peer name': (lines, i) => {
    const j = findLine(lines, i, (l) => l.includes('failover peer "bench";'));
    const col = lines[j].indexOf('";');
    return { line: j, edits: [insert(j, col, 'x'), remove(j, col, 1)], hover: { line: j, character: 6 } };
  },
  // A new host block pasted after a host, then undone.
  'host pasted': (lines, i) => {
    // The closing brace of a host: the line after its `fixed-address`.
    const j = findLine(lines, i, (l) => l.includes('fixed-address')) + 1;
    const block = `host pasted-${i} {\n  hardware ethernet 02:aa:bb:cc:${(i >> 8 & 255).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')};\n  fixed-address 10.0.250.${(i % 250) + 1};\n}\n`;
    return { line: j + 1, edits: [insert(j + 1, 0, block), { text: '', range: { start: { line: j + 1, character: 0 }, end: { line: j + 5, character: 0 } } }], hover: { line: j + 1, character: 2 } };
  },
  // A `fixed-address` line deleted, then restored (undo).
  'line deleted': (lines, i) => {
    const j = findLine(lines, i, (l) => l.includes('fixed-address'));
    return { line: j, edits: [{ text: '', range: { start: { line: j, character: 0 }, end: { line: j + 1, character: 0 } } }, insert(j, 0, lines[j] + '\n')], hover: { line: j, character: 2 } };
  },
};
function findLine(lines, from, pred) {
  for (let j = from; j < lines.length; j++) if (pred(lines[j])) return j;
  for (let j = 0; j < from; j++) if (pred(lines[j])) return j;
  throw new Error('bench: no line to edit');
}
function insert(line, character, text) {
  return { text, range: { start: { line, character }, end: { line, character } } };
}
function remove(line, character, length) {
  return { text: '', range: { start: { line, character }, end: { line, character: character + length } } };
}

