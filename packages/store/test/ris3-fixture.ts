/** A RIS3 strategy as a client sends it (Michigan, U.S. state FIPS 26), for the store and server tests. */
export const michiganStrategy = {
  name: 'Michigan RIS3 2024–2030',
  dataset: 'us-states-naics',
  region: '26',
  startYear: 2024,
  endYear: 2030,
  priorities: [
    {
      title: 'Light vehicles',
      industryCodes: ['336112', 'C28'],
      domain: 'Advanced manufacturing',
      indicators: [
        {
          name: 'Jobs',
          unit: 'jobs',
          baseline: { year: 2021, value: 100 },
          target: { year: 2025, value: 200 },
        },
      ],
    },
  ],
};
