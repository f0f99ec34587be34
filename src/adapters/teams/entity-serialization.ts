import { createRequire } from 'node:module';

/**
 * botbuilder 4.23 serializes outgoing entities through a mapper that knows only `type`, `text` and `mentioned`,
 * so Teams' citation entity (schema.org Message with Claim citations) would lose everything else on the wire.
 * Declaring its properties on the shared Entity mapper keeps them. Called once, before the first send.
 */
export function keepSchemaOrgEntityProperties(): void {
  const mappers = createRequire(import.meta.url)('botframework-connector/lib/connectorApi/models/mappers.js') as {
    Entity: { type: { modelProperties: Record<string, unknown> } };
  };
  const asIs = (name: string, type: 'String' | 'Object') => ({ serializedName: name, type: { name: type } });
  Object.assign(mappers.Entity.type.modelProperties, {
    '@type': asIs('@type', 'String'), '@context': asIs('@context', 'String'), '@id': asIs('@id', 'String'),
    additionalType: asIs('additionalType', 'Object'), citation: asIs('citation', 'Object'),
  });
}
