import type { Dimension } from '@mfa-residency/dataset'
import type { Words } from './command-table.js'

/** Each dimension's Swedish option name and what it names; typed by the package's dimensions, so none is missed. */
export const dimensionWords: Record<Dimension, { sv: string; description: Words }> = {
  cloud: {
    sv: 'moln',
    description: {
      en: 'a cloud, in a value or a table’s scope: AzureChinaCloud, 21Vianet, AzureUSGovernment',
      sv: 'ett moln, i ett värde eller en tabells omfång: AzureChinaCloud, 21Vianet, AzureUSGovernment',
    },
  },
  component: {
    sv: 'komponent',
    description: {
      en: 'a component: "cloud mfa", "MFA Server", "NPS extension"',
      sv: 'en komponent: "cloud mfa", "MFA Server", "NPS-tillägg"',
    },
  },
  event: {
    sv: 'händelse',
    description: {
      en: 'an event type: "voice call", voice-call, Röstsamtal, "one-way SMS"',
      sv: 'en händelsetyp: Röstsamtal, "voice call", "enkelriktat SMS"',
    },
  },
  method: {
    sv: 'metod',
    description: {
      en: 'an authentication method: "all methods", "push notification"',
      sv: 'en autentiseringsmetod: "alla metoder", "push notification"',
    },
  },
  store: {
    sv: 'datalager',
    description: {
      en: 'a data store: "blocked users", "activity reports", "sign-in logs"',
      sv: 'ett datalager: "blockerade användare", "aktivitetsrapporter", "inloggningsloggar"',
    },
  },
  location: {
    sv: 'plats',
    description: {
      en: 'a place: CN, US, Kina, "customer’s region"',
      sv: 'en plats: CN, US, Kina, Europa',
    },
  },
}
