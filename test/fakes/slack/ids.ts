/**
 * Identities of the fake workspace. Sanitised: shaped like real Slack ids (T, A, U, B, C, D prefixes)
 * but invented, so fixtures never carry a real workspace's ids.
 */
export interface FakeIds {
  teamId: string;
  teamDomain: string;
  appId: string;
  botUserId: string;
  botId: string;
  userId: string;
  userName: string;
  channelId: string;
  channelName: string;
  dmChannelId: string;
  /** Legacy verification token; Slack still sends it in every payload. */
  verificationToken: string;
}

export const FAKE_IDS: FakeIds = {
  teamId: 'T0FAKETEAM',
  teamDomain: 'fake-team',
  appId: 'A0FAKEAPP',
  botUserId: 'U0FAKEBOT',
  botId: 'B0FAKEBOT',
  userId: 'U0FAKEUSER',
  userName: 'deminer',
  channelId: 'C0FAKECHAN',
  channelName: 'demining',
  dmChannelId: 'D0FAKEDM',
  verificationToken: 'fakeVerificationToken0',
};
