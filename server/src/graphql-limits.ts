// What one GraphQL request may cost: a budget of the plugin's documents per operation, and fragment cycles refused before Strapi's depth rule recurses on them.
import { createRequire } from 'module';
import type {
  ASTVisitor,
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLError as GraphQLErrorClass,
  GraphQLSchema,
  SelectionSetNode,
  ValidationContext,
} from 'graphql';

type GraphqlModule = typeof import('graphql');

/**
 * The graphql package Apollo itself uses, loaded from where the GraphQL plugin resolves it: Apollo tells its own
 * errors apart with `instanceof GraphQLError`, so a second copy would turn a 400 into a 500. The plugin does not
 * depend on graphql, so it is loaded only when the GraphQL plugin is installed.
 */
const loadGraphql = (): GraphqlModule => createRequire(require.resolve('@strapi/plugin-graphql/package.json'))('graphql') as GraphqlModule;

/**
 * How many of the plugin's fields an operation resolves: the distinct response keys (alias or name) among the
 * root fields named in `fieldNames`, through inline fragments and fragment spreads, each fragment followed once —
 * as graphql-js collects the fields it executes, so `{ ...A ...A }` or two equal keys count once.
 */
export const countRootFields = (
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  fieldNames: ReadonlySet<string>
): number => {
  const keys = new Set<string>();
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') {
        if (fieldNames.has(selection.name.value)) keys.add(selection.alias?.value ?? selection.name.value);
      } else if (selection.kind === 'InlineFragment') {
        walk(selection.selectionSet);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (visited.has(name) || !fragment) continue;
        visited.add(name);
        walk(fragment.selectionSet);
      }
    }
  };
  walk(selectionSet);
  return keys.size;
};

export const budgetMessage = (count: number, limit: number, fieldNames: readonly string[]): string =>
  `This operation asks for ${count} privacy documents (the fields ${fieldNames.join(', ')}, aliases included); ` +
  `at most ${limit} are allowed per operation (privacy.config.graphqlMaxDocumentsPerRequest): split the query or raise the limit`;

/** A validation rule: runs before any resolver, so an over-budget operation costs no rendering and no database query. */
export const documentBudgetRule =
  (graphql: GraphqlModule, fieldNames: readonly string[], limit: number) =>
  (context: ValidationContext): ASTVisitor => {
    const names = new Set(fieldNames);
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(node) {
        const count = countRootFields(node.selectionSet, fragments, names);
        if (count > limit) {
          context.reportError(
            new graphql.GraphQLError(budgetMessage(count, limit, fieldNames), {
              nodes: [node],
              extensions: { limit, count, option: 'graphqlMaxDocumentsPerRequest' },
            })
          );
        }
      },
    };
  };

/**
 * graphql-js rejects fragment cycles (NoFragmentCyclesRule), but Strapi's GraphQL plugin hands Apollo
 * graphql-depth-limit, which walks the fragments as soon as it is created, before any rule visits the document, and
 * overflows the stack on a cycle (a 500). An error thrown from an Apollo hook is a 500 too, so this plugin checks for
 * cycles as validation starts and, on one, hands Apollo's validation a stand-in document that fails harmlessly
 * (an unknown field), then puts the cycle errors in place of the stand-in's: Apollo answers them as any failed
 * validation, a 400 with code GRAPHQL_VALIDATION_FAILED.
 */
export const fragmentCyclePlugin = (graphql: GraphqlModule) => ({
  async requestDidStart() {
    return {
      async validationDidStart(requestContext: { schema: GraphQLSchema; document: DocumentNode }) {
        const cycles = graphql.validate(requestContext.schema, requestContext.document, [graphql.NoFragmentCyclesRule]);
        if (cycles.length === 0) return undefined;
        requestContext.document = graphql.parse('{ __privacyFragmentCycle }');
        // Apollo calls this synchronously with the array it then answers with.
        return (errors?: readonly GraphQLErrorClass[]): void => {
          if (errors) (errors as GraphQLErrorClass[]).splice(0, errors.length, ...cycles);
        };
      },
    };
  },
});

interface ApolloServerOptions {
  validationRules?: unknown[];
  plugins?: unknown[];
  [option: string]: unknown;
}

interface ConfigStore {
  get(path: string, defaultValue?: unknown): unknown;
  set(path: string, value: unknown): void;
}

/**
 * Adds the rule and the plugin to the GraphQL plugin's `apolloServer` option, which it merges into its own
 * server options (arrays concatenated) when it boots: the app's own rules and plugins stay.
 */
export const installGraphqlLimits = (config: ConfigStore, fieldNames: readonly string[], limit: number): void => {
  const graphql = loadGraphql();
  const options = (config.get('plugin::graphql.apolloServer', {}) ?? {}) as ApolloServerOptions;
  config.set('plugin::graphql.apolloServer', {
    ...options,
    validationRules: [...(options.validationRules ?? []), documentBudgetRule(graphql, fieldNames, limit)],
    plugins: [...(options.plugins ?? []), fragmentCyclePlugin(graphql)],
  });
};
