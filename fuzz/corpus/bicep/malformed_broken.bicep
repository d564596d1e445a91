param location string = 'eastus'

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2023-04-15' = {
  name: 'orders-cosmos'
  location: location
  properties: {
    databaseAccountOfferType: 'Standard'

resource archive 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: 'ordersarchive'
  location: location
}
