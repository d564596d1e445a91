@description('Where the shared storage lives.')
param location string

param script string = ''

param skuName string = 'Standard_LRS'

resource shared 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'ordersshared${uniqueString(resourceGroup().id)}'
  location: location
  sku: {
    name: skuName
  }
  kind: 'StorageV2'
}

resource sql 'Microsoft.Sql/servers@2022-05-01-preview' = {
  name: 'orders-sql'
  location: 'westus2'
  properties: {
    administratorLogin: 'orders'
    publicNetworkAccess: 'Disabled'
  }
}

output blobEndpoint string = shared.properties.primaryEndpoints.blob
