/** Proactive sends through botbuilder's CloudAdapter to a stored reference, against the fake Bot Connector. */
import { CloudProactive, createCloudAdapter } from '../../bot/adapter/cloud-adapter';
import { renderCard } from '../../bot/cards/render';
import { helpView } from '../../bot/cards/view-models';
import type { ConversationRecord } from '../../bot/flows/ports';
import { createLogger } from '../../src/shared/logger';
import { startFakeBotConnector, type FakeBotConnector } from '../fakes/fake-bot-connector';

let connector: FakeBotConnector;
beforeEach(async () => {
  connector = await startFakeBotConnector();
});
afterEach(() => connector.close());

const stored = (): ConversationRecord => ({
  conversationId: 'a:1personal',
  conversationType: 'personal',
  userId: '29:1',
  userName: 'Mara Berger',
  serviceUrl: connector.serviceUrl,
  reference: JSON.stringify({
    channelId: 'msteams',
    serviceUrl: connector.serviceUrl,
    conversation: { id: 'a:1personal', conversationType: 'personal' },
    user: { id: '29:1', name: 'Mara Berger' },
    bot: { id: '28:bot', name: 'isms-desk' },
  }),
});

describe('CloudProactive', () => {
  it('delivers a card to the stored conversation', async () => {
    const proactive = new CloudProactive(createCloudAdapter({}, createLogger('silent')), undefined);
    await proactive.sendCard(stored(), renderCard('help', helpView()), 'summary');
    expect(connector.activities).toHaveLength(1);
    expect(connector.activities[0]).toMatchObject({
      method: 'POST',
      conversationId: 'a:1personal',
      activity: {
        type: 'message',
        summary: 'summary',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
      },
    });
  });

  it('gives up on a connector that does not answer, so a ticket is not held up by its alert', async () => {
    connector.stalled = true;
    const proactive = new CloudProactive(createCloudAdapter({}, createLogger('silent')), undefined, 300);
    await expect(proactive.sendCard(stored(), renderCard('help', helpView()), 'summary')).rejects.toThrow(
      /within 300 ms/,
    );
  });
});
