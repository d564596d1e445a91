// Orders data tier: a multi-region Cosmos DB account, an archive storage account and the shared storage module.
targetScope = 'resourceGroup'

@description('Primary region for every resource.')
@allowed([
  'eastus'
  'westus2'
])
param location string = 'eastus'

@description('Region Cosmos DB fails over to.')
param secondaryLocation string = 'westus2'

@minLength(3)
param accountName string = 'orders-${uniqueString(resourceGroup().id)}'

param environment string

/* The archive account stays in the resource group's own region,
   wherever the group was created. */
var archiveLocation = resourceGroup().location
var paymentsUrl = 'https://payments.contoso.com/v2'
var cosmosLocations = [
  {
    locationName: location
    failoverPriority: 0
    isZoneRedundant: false
  }
  {
    locationName: secondaryLocation
    failoverPriority: 1
  }
]

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2023-04-15' = {
  name: accountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    enableAutomaticFailover: true
    locations: cosmosLocations
  }

  resource ordersDb 'sqlDatabases' = {
    name: 'orders'
    properties: {
      resource: { id: 'orders' }
    }
  }
}

resource archive 'Microsoft.Storage/storageAccounts@2023-01-01' = if (environment != 'dev') {
  name: 'ordersarchive${environment}'
  location: archiveLocation
  sku: {
    name: 'Standard_RAGRS'
  }
  kind: 'StorageV2'
  properties: {
    customDomain: {
      name: 'archive.contoso.com'
    }
  }
}

resource vnet 'Microsoft.Network/virtualNetworks@2023-05-01' existing = {
  name: 'orders-vnet'
}

resource app 'Microsoft.Web/sites@2022-09-01' = {
  name: 'orders-api-${environment}'
  location: location
  properties: {
    siteConfig: {
      appSettings: [for setting in items({ PAYMENTS_URL: paymentsUrl, COSMOS_HOST: '${accountName}.documents.azure.com' }): {
        name: setting.key
        value: setting.value
      }]
      dnsServers: [
        '10.1.0.4'
      ]
    }
  }
}

var startupScript = '''
#!/bin/sh
curl -fsS https://status.contoso.com/ready
'''

module storage './modules/storage.bicep' = {
  name: 'orders-storage'
  params: {
    location: secondaryLocation
    script: startupScript
  }
}

output cosmosEndpoint string = cosmos.properties.documentEndpoint
output region string = location
