console.log('avp')
