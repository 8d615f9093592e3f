/**
 * SARIF 2.1.0 output for code-scanning tools: one run, the rule catalogue as the tool's
 * rules, each finding with its region (UTF-16 columns, as SARIF's default column kind)
 * and its fixes.
 */
import { LineIndex, RULES, RULE_IDS, VERSION, messagesFor, type Locale, type Severity, type Span } from '../analysis';
import type { FileResult } from './json';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

function region(index: LineIndex, span: Span): Record<string, number> {
  const startLine = index.lineAt(span.start);
  const endLine = index.lineAt(span.end);
  return {
    startLine: startLine + 1,
    startColumn: span.start - index.lineStart(startLine) + 1,
    endLine: endLine + 1,
    endColumn: span.end - index.lineStart(endLine) + 1,
    charOffset: span.start,
    charLength: span.end - span.start,
  };
}

export function sarif(results: readonly FileResult[], locale: Locale): string {
  const m = messagesFor(locale);
  const rules = RULE_IDS.map((id) => ({
    id,
    name: id,
    shortDescription: { text: m.rules[id].title },
    fullDescription: { text: m.rules[id].description },
    defaultConfiguration: { level: LEVEL[RULES[id].defaultSeverity] },
  }));
  const out: unknown[] = [];
  const others = new Map(results.flatMap((r) => (r.text === null ? [] : [[r.path, new LineIndex(r.text)] as const])));
  const invocations: { executionSuccessful: boolean; toolExecutionNotifications: unknown[] } = { executionSuccessful: true, toolExecutionNotifications: [] };
  for (const r of results) {
    if (!r.analysis || r.text === null) {
      invocations.executionSuccessful = false;
      invocations.toolExecutionNotifications.push({ level: 'error', message: { text: `${r.path}: ${r.error}` } });
      continue;
    }
    const index = new LineIndex(r.text);
    const artifactLocation = { uri: r.path };
    // A related span in another of the files given is placed with that file's lines.
    const indexOf = (path: string | undefined): LineIndex => (path && path !== r.path ? others.get(path) : undefined) ?? index;
    for (const f of r.analysis.findings) {
      out.push({
        ruleId: f.rule,
        ruleIndex: RULE_IDS.indexOf(f.rule),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation, region: region(index, f) } }],
        relatedLocations: f.related.map((rel, i) => ({ id: i + 1, message: { text: rel.message }, physicalLocation: { artifactLocation: rel.path ? { uri: rel.path } : artifactLocation, region: region(indexOf(rel.path), rel) } })),
        fixes: f.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [{ artifactLocation, replacements: fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.newText } })) }],
        })),
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'khabar', version: VERSION, rules } }, columnKind: 'utf16CodeUnits', invocations: [invocations], results: out }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
