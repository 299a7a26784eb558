import React from 'react';
import { Link } from 'react-router-dom';
class Glosario extends React.Component{
render(){
    return(<div>
         <h2>Estamos trabajando duro prara traerte mas definiciones</h2>
         <p>Acotamiento: Acción de deslindar o señalar los límites de una propiedad. En la acepción legal significa poner cotos, mojoneras, cercas, vallas, u otra señales para indicar que el propietario se reserva exclusivamente los pastos y demás aprovechamientos que nacen del dominio.CONAVI</p>
         <p>Actividad de riesgo: Aquella actividad en la que existe la probabilidad de que se produzca un daño, originado por un fenómeno perturbador. SEDESOL</p>
         <p>Administración pública: Conjunto de órganos administrativos del estado en todos los niveles y competencias. Integrado por dependencias, órganos político administrativos de cada demarcación territorial.</p>
         <p>Adquisición de suelo: Etapa donde se selecciona y adquiere un predio con el fin de desarrollar un proyecto específico.</p>
         <p>Agente social: Grupos y estratos sociales e instituciones públicas y privadas que integran la sociedad, y que realizando diversas actividades e interacciones de carácter económico, conforman y usan las estructuras físicas y el espacio social que constituyen los asentamientos humanos. SEDESOL, CONAVI</p>
         <p>Alcantarillado: Sistema de alcantarillas o tubos de drenaje.</p>
         <p>Alineación: Línea que delimita la construcción de un edificio por el lado de la calle.</p>
         <p>Análisis de sitio: Serie de procedimientos encaminados a establecer la vocación natural o potencial de uso de una extensión de terreno o territorio, en consideración a sus características físicas y económicas, esto es: topografías, clima, geología, hidrología, hidrología, etc. CONAVI</p>
         <p>Atarjea: Tubería o conducto normalmente cerrado, que funciona usualmente con sección parcialmente llena, es decir, a superficie libre. Se destina a la conducción de las aguas residuales, pluviales o ambas.</p>
         <p>Autoproducción de vivienda: El proceso de gestión del suelo, construcción y distribución de vivienda bajo el control directo de sus usuarios de forma individual o colectiva, la cual puede desarrollarse mediante la contratación de terceros o por medio de procesos de autoconstrucción. Ley de vivienda</p>
         <p>Boca de tormenta: Estructura que capta el agua pluvial que escurre en la superficie del terreno y la conducen al interior del sistema de drenaje.</p>
         <p>Cajas de empalmes: Caja que se emplea para alojar y proteger las conexiones de los hilos y cables eléctricos.</p>
         <p>Canalización mural: Procedimiento constructivo que tiene por objetivo canalizar algún fluido o cables de un muro.</p>
         <p>Carga muerta: Los pesos de todos los elementos constructivos, de los acabados y de todos los elementos que ocupa una posición permanente y tiene un peso que no cambia sustancialmente con el tiempo.SEDESOL</p>
         <p>Carga viva: Las fuerzas que se producen por el uso y ocupación de las edificaciones y que no tienen carácter permanente. SEDESOL</p>
         <p>Casa: Edificación construida para ser habitada. CONAVI</p>
         <p>Casa habitación: Cada una de las células de vivienda(puede ser causa unifamiliar o departamento en edificio multifamiliar). CONAVI</p>
         <p>Cimentación: Es la parte estructural del edificio, encargada de transmitir las cargas al terreno.</p>
         <p>Coeficiente de ocupación de suelo: El factor que multiplicado por el área total de un lote o predio, determina la máxima superficie edificable del mismo.SEDESOL</p>
         <p>Coeficiente de utilización de suelo: El factor que multiplicado por el área total de un lote o predio, determina la máxima superficie construida que puede tener una edificación, en un lote determinado..SEDESOL</p>
         <p>Colindancia: Señalamiento de las propiedades que limitan a terrenos o edificios, basándose generalmente en los puntos cardinales.</p>
         <p>Concreto ligero: Concreto compuesto de áridos de poca densidad y peso inferior al normal, de densidad igual a unos 2400 kg/m³</p>
         <p>Concreto reforzado: Hormigón reforzado con armaduras de hierro o acero que actúan conjuntamente para resistir los esfuerzos.</p>
         <p>Cuneta: Canalización hecha en forma longitudinal a las calles y caminos en la parte extrema de su sección con el fin de captar y conducir las aguas que escurren superficialmente en calles y caminos hacia conductos o estructuras destinados a su desalojo.</p>
         <p>Drenaje: Tubos o canales para realizar el escurrimiento o conducción de aguas.</p>
         <p>Fleje: Figura en forma rectangular o circular que se coloca en vigas y columnas, comúnmente llamadas estribos pero que estos son en forma de U.</p>
         <p>Mampostería: Aparejo de un muro realizado con piedra de distintos tamaños sin labrar o poco labradas, colocadas sin orden establecido y unidas con argamasa, mortero, yeso, cal o cemento.</p>
         <p>Obturador: Cualquiera de las sustancias empleadas para inyectar en la junta de un edificio, que al secarse forman un material o una película flexible e impermeable que evita la penetración de aire o agua en el edificio. También llamado sellador de junta.</p>
         <p>Presupuesto: Puede considerarse como un plan de acción expresado en términos monetarios. SEDESOL.</p>
         <p>Remache: Es un elemento de fijación cuya función es unir dos piezas de forma permanente. </p>
         <p>Suelo: Tierra, territorio, superficie considerada en función de sus cualidades productivas, así como de sus posibilidades de uso, explotación o aprovechamiento; se le clasifica o distingue, según su ubicación, como suelo urbano, reserva territorial y suelo rural. SEDESOL, CONAFOVI.</p>
         <p>Superficie construida: La superficie construida está constituida por los metros cuadrados que se utilizan, más los metros cuadrados de caja o envase necesario para que dichos metros cuadrados se puedan utilizar</p>
         <p>Superficie útil: La superficie útil es la superficie que se puede pisar o que se puede utilizar para cualquier motivo, esto incluye armarios pero excluye partes que no son útiles como los tabiques, pilares, etc.</p>
         <p>Topografía: Técnica de representación gráfica sobre planos, cartas o mapas, del conjunto de accidentes y particularidades que tiene un terreno en su superficie. CONAVI</p>
         <p>Tubería: Tubo o serie o sistema de *tubos empalmados, utilizados para el transporte de fluidos.</p> 
         <p>Zapatas Aisladas: Zapata de concreto armado que sostiene un pilar exento.</p>
         <p>Zapatas Corridas: Cimiento continuo de un muro de cimentación, en el que las cargas se reparten uniformemente. También llamada zapata lineal. </p>
         <Link to="interfaceArquitecto">Salir</Link>
        </div>
    )}
}
export default Glosario