/**
 * "Add this line to the workspace boilerplate list": a server command that appends the
 * line, as a literal pattern, to `.khabar/boilerplate.patterns` of the document's
 * workspace folder. The list then feeds every article's analysis (settings.ts), so the
 * line and its copies elsewhere become boilerplate that fix-all removes.
 */
import type { Feature } from '../context';

export const ADD_TO_BOILERPLATE_LIST = 'khabar.addToBoilerplateList';

export function createBoilerplateList(): Feature {
  return {
    capabilities: () => ({ executeCommandProvider: { commands: [ADD_TO_BOILERPLATE_LIST] } }),
    register(ctx) {
      ctx.connection.onExecuteCommand(async ({ command, arguments: args }) => {
        if (command !== ADD_TO_BOILERPLATE_LIST) return null;
        const [uri, pattern] = args ?? [];
        if (typeof uri !== 'string' || typeof pattern !== 'string' || pattern.trim() === '') return null;
        try {
          return await ctx.patternFiles.append(uri, pattern);
        } catch (error) {
          ctx.connection.window.showErrorMessage(`Khabar: ${String(error instanceof Error ? error.message : error)}`);
          return null;
        }
      });
    },
  };
}
