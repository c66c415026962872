/**
 * @module data/grid-intensity
 * Electricity grid carbon intensity per region, kg CO2e per kWh. Location-based figures are annual
 * generation averages; a market-based figure depends on the buyer's contracts (renewable purchase
 * agreements, certificates), so it is a property of an operator, not of a region, and appears only
 * where a published report states one.
 */

export interface GridIntensity {
  /** Region key users type, e.g. `us`, `eu`, `cn`, `fr`. */
  readonly id: string
  readonly name: string
  /** Location-based intensity, kg CO2e per kWh. */
  readonly locationKgPerKWh: number
  /** Market-based intensity where a published report gives one; null otherwise. */
  readonly marketKgPerKWh: number | null
  /** Year the figure describes. */
  readonly year: number
  readonly source: string
}

// Country figures: Ember "Yearly electricity data" (ember-energy.org, 2023 edition), rounded to the
// nearest 0.01 kg; they are read from secondary copies here and should be refreshed from Ember before
// being quoted. The two operator rows reproduce figures papers used.
export const gridIntensities: readonly GridIntensity[] = [
  {
    id: 'llama-paper-us',
    name: 'US average used by LLaMA (Touvron et al. 2023, §6.1)',
    locationKgPerKWh: 0.385,
    marketKgPerKWh: null,
    year: 2022,
    source:
      'Touvron et al. 2023, LLaMA (arXiv:2302.13971) §6.1 and Table 15: 0.385 kg CO2e/KWh, following Wu et al. 2022',
  },
  {
    id: 'meta-llama-3.1',
    name: 'Meta data centres, Llama 3.1 training',
    locationKgPerKWh: 0.385,
    marketKgPerKWh: 0,
    year: 2024,
    source:
      'meta-llama Llama 3.1 MODEL_CARD.md "Training Greenhouse Gas Emissions": 11,390 t location-based, 0 t market-based (100 % renewable matching)',
  },
  {
    id: 'world',
    name: 'World average',
    locationKgPerKWh: 0.48,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember Global Electricity Review 2024 (approx.)',
  },
  {
    id: 'us',
    name: 'United States',
    locationKgPerKWh: 0.37,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
  {
    id: 'cn',
    name: 'China',
    locationKgPerKWh: 0.58,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
  {
    id: 'eu',
    name: 'European Union (27)',
    locationKgPerKWh: 0.24,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember European Electricity Review 2024 (approx.)',
  },
  {
    id: 'de',
    name: 'Germany',
    locationKgPerKWh: 0.38,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
  {
    id: 'fr',
    name: 'France',
    locationKgPerKWh: 0.06,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
  {
    id: 'gb',
    name: 'United Kingdom',
    locationKgPerKWh: 0.24,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
  {
    id: 'ie',
    name: 'Ireland',
    locationKgPerKWh: 0.28,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
  {
    id: 'se',
    name: 'Sweden',
    locationKgPerKWh: 0.04,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
  {
    id: 'no',
    name: 'Norway',
    locationKgPerKWh: 0.03,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
  {
    id: 'in',
    name: 'India',
    locationKgPerKWh: 0.71,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
  {
    id: 'jp',
    name: 'Japan',
    locationKgPerKWh: 0.48,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
  {
    id: 'sg',
    name: 'Singapore',
    locationKgPerKWh: 0.47,
    marketKgPerKWh: null,
    year: 2023,
    source: 'Ember yearly electricity data (approx.)',
  },
]

/** Region ids, in catalogue order. */
export const gridIntensityIds: readonly string[] = gridIntensities.map((region) => region.id)
